/** The words for what the settings module reports: notices, refused entries and refused files. */
import { type MessageKey, plural, t } from '../../src/i18n/index.ts';
import type { EntryProblem, ImportProblem, SettingsField, SettingsNotice } from '../../src/settings/index.ts';

const FIELD: Record<SettingsField, MessageKey> = {
  families: 'options_field_families',
  techniques: 'options_field_techniques',
  sensitivity: 'options_field_sensitivity',
  customTerms: 'options_field_customTerms',
  trustedSources: 'options_field_trustedSources',
};

/** Why an entry was refused, for the form. */
export const PROBLEM: Record<EntryProblem, MessageKey> = {
  empty: 'options_problem_empty',
  'too-long': 'options_problem_too_long',
  'unknown-technique': 'options_problem_unknown_technique',
  'no-explanation': 'options_problem_no_explanation',
  'explanation-too-long': 'options_problem_explanation_too_long',
  duplicate: 'options_problem_duplicate',
};

/** Why a settings file was refused. */
export const IMPORT_PROBLEM: Record<ImportProblem, MessageKey> = {
  'too-large': 'options_import_too_large',
  'not-json': 'options_import_not_json',
  'not-settings': 'options_import_not_settings',
};

/** One notice as a sentence. */
export function noticeText(notice: SettingsNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return t('options_notice_unreadable');
    case 'older-version':
      return t('options_notice_olderVersion');
    case 'newer-version':
      return t('options_notice_newerVersion');
    case 'field-reset':
      return t('options_notice_fieldReset', t(FIELD[notice.field]));
    case 'entries-dropped':
      return plural('options_notice_entriesDropped', notice.count, [t(FIELD[notice.field])]);
  }
}
