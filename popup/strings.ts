/**
 * Every word the popup shows, as a typed façade over _locales/<language>/messages.json: components read
 * `strings.idle.title` and never a message key, and each value is looked up through src/i18n when it is read
 * (getters and functions), so the reader's language applies and tests can swap the message source.
 */
import { type MessageKey, plural, t } from '../src/i18n/index.ts';
import { localised } from '../src/i18n/localised.ts';
import type { ClaimType, Grade, Sourcing, SourceType, Technique } from '../src/engine/types.ts';
import type { Family } from '../src/messaging/protocol.ts';
import type { DismissReason, ExportFormat } from '../src/report/types.ts';

/** The popup's UI strings. */
export const strings = localised({
  appName: 'popup_appName',
  privacyNote: 'popup_privacyNote',

  idle: {
    title: 'popup_idle_title',
    body: 'popup_idle_body',
    analyse: 'popup_idle_analyse',
  },
  loading: 'popup_loading',
  analysing: {
    title: 'popup_analysing_title',
    progressLabel: 'popup_analysing_progressLabel',
    percent: (p: number) => t('popup_analysing_percent', Math.round(p * 100)),
  },
  notArticle: {
    title: 'popup_notArticle_title',
    body: 'popup_notArticle_body',
    analyseAnyway: 'popup_notArticle_analyseAnyway',
  },
  restricted: {
    title: 'popup_restricted_title',
    body: 'popup_restricted_body',
  },
  error: {
    title: 'popup_error_title',
    body: 'popup_error_body',
    retry: 'popup_error_retry',
    stuck: 'popup_error_stuck',
    noAnswer: 'popup_error_noAnswer',
    noTab: 'popup_error_noTab',
    badTabId: (raw: string) => t('popup_error_badTabId', raw),
    notFoundOnPage: 'popup_error_notFoundOnPage',
  },

  score: {
    heading: 'popup_score_heading',
    outOf: 'popup_score_outOf',
    announce: (value: number, grade: string) => t('popup_score_announce', [value, grade]),
    grades: {
      poor: 'popup_grade_poor',
      weak: 'popup_grade_weak',
      mixed: 'popup_grade_mixed',
      good: 'popup_grade_good',
      strong: 'popup_grade_strong',
    } satisfies Record<Grade, MessageKey>,
  },
  summary: {
    noClaims: 'popup_summary_noClaims',
    unsourced: (none: number, total: number) =>
      plural('popup_summary_unsourced', none, [plural('popup_summary_claims', total)]),
    allSourced: (total: number) => plural('popup_summary_allSourced', total),
    weakSources: (n: number) => plural('popup_summary_weakSources', n),
    join: 'popup_summary_join',
  },
  breakdown: {
    heading: 'popup_breakdown_heading',
    points: (earned: number, weight: number) => t('popup_breakdown_points', [earned, weight]),
    basedOn: (n: number) => plural('popup_breakdown_basedOn', n),
  },

  families: {
    unsourced: {
      title: 'popup_family_unsourced_title',
      short: 'popup_family_unsourced_short',
    },
    'weak-source': {
      title: 'popup_family_weakSource_title',
      short: 'popup_family_weakSource_short',
    },
    rhetoric: {
      title: 'popup_family_rhetoric_title',
      short: 'popup_family_rhetoric_short',
    },
    sourced: {
      title: 'popup_family_sourced_title',
      short: 'popup_family_sourced_short',
    },
  } satisfies Record<Family, { title: MessageKey; short: MessageKey }>,
  groups: {
    heading: 'popup_groups_heading',
    nothing: 'popup_groups_nothing',
    allHidden: 'popup_groups_allHidden',
    count: (n: number) => plural('popup_groups_count', n),
    showMore: (next: number, remaining: number) => t('popup_groups_showMore', [next, remaining]),
  },
  filters: {
    heading: 'popup_filters_heading',
  },
  finding: {
    ask: 'popup_finding_ask',
    inQuote: 'popup_finding_inQuote',
    reveal: 'popup_finding_reveal',
    sourcedBy: (name: string) => t('popup_finding_sourcedBy', name),
    claimSourcing: {
      none: 'popup_sourcing_none',
      anonymous: 'popup_sourcing_anonymous',
      vague: 'popup_sourcing_vague',
      named: 'popup_sourcing_named',
      document: 'popup_sourcing_document',
    } satisfies Record<Sourcing, MessageKey>,
    claimTypes: {
      factual: 'popup_claimType_factual',
      statistical: 'popup_claimType_statistical',
      causal: 'popup_claimType_causal',
      prediction: 'popup_claimType_prediction',
      opinion: 'popup_claimType_opinion',
      prescription: 'popup_claimType_prescription',
    } satisfies Record<ClaimType, MessageKey>,
    sources: {
      named: 'popup_source_named',
      document: 'popup_source_document',
      anonymous: 'popup_source_anonymous',
      vague: 'popup_source_vague',
      agentless: 'popup_source_agentless',
      pronoun: 'popup_source_pronoun',
    } satisfies Record<SourceType, MessageKey>,
    techniques: {
      'loaded-language': 'popup_technique_loadedLanguage',
      'name-calling': 'popup_technique_nameCalling',
      exaggeration: 'popup_technique_exaggeration',
      'fear-appeal': 'popup_technique_fearAppeal',
      certainty: 'popup_technique_certainty',
      figurative: 'popup_technique_figurative',
      hedge: 'popup_technique_hedge',
    } satisfies Record<Technique, MessageKey>,
    otherTechnique: 'popup_technique_other',
  },
  controls: {
    heading: 'popup_controls_heading',
    highlights: 'popup_controls_highlights',
    turnOff: 'popup_controls_turnOff',
    automation: 'popup_controls_automation',
    automationOn: (origin: string) => t('popup_controls_automationOn', origin),
    automationFailed: 'popup_controls_automationFailed',
  },
  exports: {
    heading: 'popup_exports_heading',
    menu: 'popup_exports_menu',
    formats: {
      jsonld: {
        name: 'popup_format_jsonld_name',
        hint: 'popup_format_jsonld_hint',
      },
      md: {
        name: 'popup_format_md_name',
        hint: 'popup_format_md_hint',
      },
      html: {
        name: 'popup_format_html_name',
        hint: 'popup_format_html_hint',
      },
      csv: {
        name: 'popup_format_csv_name',
        hint: 'popup_format_csv_hint',
      },
    } satisfies Record<ExportFormat, { name: MessageKey; hint: MessageKey }>,
    copy: 'popup_exports_copy',
    copied: 'popup_exports_copied',
    copyFailed: (detail: string) => t('popup_exports_copyFailed', detail),
    noClipboard: 'popup_exports_noClipboard',
    started: (name: string) => t('popup_exports_started', name),
    failed: (detail: string) => t('popup_exports_failed', detail),
    noText: 'popup_exports_noText',
  },
  load: {
    button: 'popup_load_button',
    hint: 'popup_load_hint',
    inTab: 'popup_load_inTab',
    reading: (name: string) => t('popup_load_reading', name),
    tooLarge: 'popup_load_tooLarge',
    unreadable: (name: string, detail: string) => t('popup_load_unreadable', [name, detail]),
    notAReport: (name: string, detail: string) => t('popup_load_notAReport', [name, detail]),
    failed: (detail: string) => t('popup_load_failed', detail),
  },
  loaded: {
    heading: (name: string) => t('popup_loaded_heading', name),
    analysedAt: (date: string) => t('popup_loaded_analysedAt', date),
    noDate: 'popup_loaded_noDate',
    allFound: (total: number) => plural('popup_loaded_allFound', total),
    unmatched: (missing: number, total: number) => plural('popup_loaded_unmatched', total, [missing]),
    more: (n: number) => t('popup_loaded_more', n),
    analyseAgain: 'popup_loaded_analyseAgain',
  },
  warnings: {
    heading: 'popup_warnings_heading',
  },
  dismiss: 'popup_dismiss',
  dismissal: {
    open: 'popup_dismissal_open',
    openLabel: (label: string) => t('popup_dismissal_openLabel', label),
    question: 'popup_dismissal_question',
    reasons: {
      'not-loaded': 'popup_reason_notLoaded',
      'named-elsewhere': 'popup_reason_namedElsewhere',
      'not-a-claim': 'popup_reason_notAClaim',
      other: 'popup_reason_other',
    } satisfies Record<DismissReason, MessageKey>,
    noteLabel: 'popup_dismissal_noteLabel',
    confirm: 'popup_dismissal_confirm',
    cancel: 'popup_dismissal_cancel',
    summary: (n: number) => plural('popup_dismissal_summary', n),
    undo: 'popup_dismissal_undo',
    undoLabel: (text: string) => t('popup_dismissal_undoLabel', text),
    undoAll: 'popup_dismissal_undoAll',
  },
  settingsNote: {
    hidden: (n: number) => plural('popup_settingsNote_hidden', n),
    change: 'popup_settingsNote_change',
  },
  links: {
    heading: 'popup_links_heading',
    analyse: 'popup_links_analyse',
    compare: 'popup_links_compare',
    glossary: 'popup_links_glossary',
    teach: 'popup_links_teach',
    settings: 'popup_links_settings',
    glossaryEntry: 'popup_links_glossaryEntry',
    glossaryEntryLabel: (label: string) => t('popup_links_glossaryEntryLabel', label),
  },
});
