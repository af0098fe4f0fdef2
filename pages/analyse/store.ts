/**
 * The analyse page's state: the text being written, the analysis in progress, and its result, with the actions
 * the components call. Dependencies (the engine, the highlighter, the settings, the file reader, the sample)
 * come in as parameters, so unit tests run the page with fakes and the real page with the real ones.
 */
import { computed, signal } from '@preact/signals';
import type { Finding, LinkSpan, Report } from '../../src/engine/types.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import type { ReportMeta } from '../../src/report/index.ts';
import { shownFindings, type Validated } from '../../src/settings/index.ts';
import { createDisplay } from '../shared/display.ts';
import { CancelledError, type EngineRunner, type EngineStage } from '../shared/engine-client.ts';
import type { PageHighlighter } from '../shared/highlighter.ts';
import type { ReadFileResult } from './read-file.ts';

/** The longest text the page accepts (about 300,000 words): the engine handles it, the page stays usable. */
export const MAX_CHARS = 2_000_000;

/** What the page shows: the editor, the progress of an analysis, or the result. */
export type Phase = 'editing' | 'working' | 'result';

/** The step in progress: reading a file, the engine's stages, or drawing the highlights. */
export type Stage = 'reading' | EngineStage | 'drawing';

/** An analysed text and what the engine made of it. */
export interface AnalysisResult {
  text: string;
  report: Report;
  meta: ReportMeta;
  analyseMs: number;
}

/** What the store needs from around it. */
export interface AnalyseDeps {
  engine: EngineRunner;
  highlighter: Pick<PageHighlighter, 'draw' | 'setVisible' | 'reveal' | 'supported'>;
  settings: Promise<Validated>;
  sampleText: string;
  readFile: (file: File) => Promise<ReadFileResult>;
}

/** Creates the page's state and actions. */
export function createAnalyseStore(deps: AnalyseDeps) {
  const draft = signal('');
  /** Links and metadata of a loaded file: valid until the reader edits the text. */
  let draftSource: { text: string; links: LinkSpan[]; meta: ReportMeta } | undefined;
  const phase = signal<Phase>('editing');
  const stage = signal<Stage>('reading');
  const drawShare = signal(0);
  const result = signal<AnalysisResult | null>(null);
  const error = signal<string | null>(null);
  const display = createDisplay(deps.settings, deps.highlighter);
  const drawing = signal(false);
  const shown = computed<Finding[]>(() =>
    result.value ? shownFindings(result.value.report.findings, display.settings.value) : [],
  );

  const fail = (key: MessageKey, subs: Array<string | number> = []) => {
    error.value = t(key, subs);
  };

  const store = {
    draft,
    phase,
    stage,
    drawShare,
    drawing,
    result,
    error,
    ...display,
    shown,
    /** The findings the reader's settings hide (the page says how many). */
    hiddenCount: computed(() => (result.value ? result.value.report.findings.length - shown.value.length : 0)),
    setDraft(text: string) {
      draft.value = text;
      error.value = null;
    },
    loadSample() {
      store.setDraft(deps.sampleText);
      draftSource = { text: deps.sampleText, links: [], meta: { title: t('analyse_sampleTitle') } };
    },
    async loadFile(file: File) {
      error.value = null;
      phase.value = 'working';
      stage.value = 'reading';
      const read = await deps.readFile(file);
      phase.value = 'editing';
      if (!read.ok) return fail(read.error, read.subs);
      draft.value = read.value.text;
      draftSource = read.value;
    },
    async analyse() {
      const text = draft.value;
      if (text.trim() === '') return fail('analyse_error_empty');
      if (text.length > MAX_CHARS) return fail('analyse_error_tooLong', [MAX_CHARS]);
      const source = draftSource?.text === text ? draftSource : undefined;
      error.value = null;
      phase.value = 'working';
      try {
        const answer = await deps.engine.analyse(text, source?.links ?? [], (s) => {
          stage.value = s;
        });
        const meta = source?.meta ?? {};
        result.value = { text, report: answer.report, meta, analyseMs: answer.analyseMs };
        phase.value = 'result';
      } catch (problem) {
        phase.value = 'editing';
        if (!(problem instanceof CancelledError))
          fail('analyse_error_engine', [problem instanceof Error ? problem.message : String(problem)]);
      }
    },
    cancel() {
      deps.engine.cancel();
    },
    edit() {
      phase.value = 'editing';
    },
    /** Draws the shown findings once the result's text is on the page. */
    async drawOn(map: TextMap) {
      drawing.value = true;
      drawShare.value = 0;
      await deps.highlighter.draw([{ map, findings: shown.value }], display.families.value, (share) => {
        drawShare.value = share;
      });
      display.apply();
      drawing.value = false;
    },
    reveal(findingId: string) {
      if (!deps.highlighter.reveal(0, findingId)) fail('analyse_error_notDrawn');
    },
  };
  return store;
}

/** The analyse page's store. */
export type AnalyseStore = ReturnType<typeof createAnalyseStore>;
