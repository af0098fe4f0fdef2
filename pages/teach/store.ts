/**
 * Teach mode's state: the text to work on, the student's marks, the selection being marked, Sourcelight's
 * analysis (run as soon as marking starts, kept hidden until Reveal) and the comparison. Every change to the
 * work is saved (sessionStorage on the real page) so a reload loses nothing. Dependencies come in as
 * parameters: tests run the page with stand-ins, the real page with the worker engine and real storage.
 */
import { computed, signal } from '@preact/signals';
import type { Report } from '../../src/engine/types.ts';
import { type MessageKey, plural, t } from '../../src/i18n/index.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { addMark, type MarkProblem, removeMark } from '../../src/teach/marks.ts';
import { compareMarks, isMarkable } from '../../src/teach/match.ts';
import {
  loadWork,
  MAX_TEACH_CHARS,
  MAX_TITLE_CHARS,
  saveWork,
  type TeachWork,
  type WorkStorage,
} from '../../src/teach/saved.ts';
import type { MarkKind } from '../../src/teach/types.ts';
import type { WordSelection } from '../../src/teach/words.ts';
import type { ReadFileResult } from '../analyse/read-file.ts';
import { CancelledError, type EngineRunner } from '../shared/engine-client.ts';
import type { downloadFile } from '../shared/download.ts';
import type { PageHighlighter } from '../shared/highlighter.ts';
import type { MarkPainter } from './mark-painter.ts';

/** What the store needs from around it. */
export interface TeachDeps {
  engine: EngineRunner;
  highlighter: Pick<PageHighlighter, 'draw' | 'setVisible' | 'supported'>;
  marks: Pick<MarkPainter, 'paint' | 'clear'>;
  storage: WorkStorage;
  sampleText: string;
  readFile: (file: File) => Promise<ReadFileResult>;
  /** Saves an export as a file (downloadFile on the page). */
  download: typeof downloadFile;
  /** The extension's root URL, so that glossary links in a saved file lead back to the glossary. */
  glossaryBase: string;
  /** The clock exports are dated by. */
  now?: () => Date;
}

const PROBLEM_KEYS: Record<MarkProblem, MessageKey> = {
  empty: 'teach_error_emptySelection',
  'too-long': 'teach_error_longSelection',
  outside: 'teach_error_emptySelection',
};

/** Creates the page's state and actions, restoring saved work. */
export function createTeachStore(deps: TeachDeps) {
  const draft = signal('');
  let draftTitle: string | undefined;
  const work = signal<TeachWork | null>(null);
  const report = signal<Report | null>(null);
  const analysing = signal(false);
  const selection = signal<WordSelection | null>(null);
  const error = signal<string | null>(null);
  /** Kept apart from `error`, which the next action clears: the analysis failing stays said until a new text. */
  const engineError = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const reading = signal(false);
  let map: TextMap | undefined;

  const result = computed(() =>
    work.value?.revealed && report.value ? compareMarks(work.value.marks, report.value.findings) : null,
  );

  const update = (next: TeachWork | null) => {
    work.value = next;
    if (!saveWork(deps.storage, next ?? undefined)) notice.value = t('teach_notice_notSaved');
    paint();
  };

  /** Draws the marks, and after Reveal the findings a student could have marked. */
  const paint = () => {
    if (!map || !work.value) return;
    deps.marks.paint(map, work.value.marks);
    const shown = work.value.revealed && report.value ? report.value.findings.filter(isMarkable) : [];
    void deps.highlighter.draw([{ map, findings: shown }], ['unsourced', 'weak-source', 'rhetoric']);
  };

  const analyse = async (text: string) => {
    report.value = null;
    engineError.value = null;
    analysing.value = true;
    try {
      const answer = await deps.engine.analyse(text, [], () => undefined);
      if (work.value?.text !== text) return;
      report.value = answer.report;
      paint();
    } catch (problem) {
      if (!(problem instanceof CancelledError))
        engineError.value = t('teach_error_engine', problem instanceof Error ? problem.message : String(problem));
    } finally {
      analysing.value = false;
    }
  };

  /** Shows a message as the page's error. */
  const fail = (key: MessageKey, subs?: string | number) => {
    error.value = t(key, subs);
  };

  const store = {
    draft,
    work,
    report,
    analysing,
    selection,
    error,
    engineError,
    notice,
    reading,
    result,
    /** What the exports need from around the page. */
    exporting: { download: deps.download, glossaryBase: deps.glossaryBase, now: deps.now ?? (() => new Date()) },
    setDraft(text: string) {
      draft.value = text;
      draftTitle = undefined;
      error.value = null;
    },
    loadSample() {
      store.setDraft(deps.sampleText);
      draftTitle = t('analyse_sampleTitle');
    },
    async loadFile(file: File) {
      error.value = null;
      reading.value = true;
      let read: ReadFileResult;
      try {
        read = await deps.readFile(file);
      } catch {
        // readFile answers with a Result, but an HTML parser can still throw: the button must not say "Reading…"
        // for good.
        read = { ok: false, error: 'analyse_file_unreadable', subs: [file.name] };
      } finally {
        reading.value = false;
      }
      if (!read.ok) {
        error.value = t(read.error, read.subs);
        return;
      }
      draft.value = read.value.text;
      draftTitle = read.value.meta.title;
    },
    /** Starts marking the text in the box; the engine reads it meanwhile. */
    start() {
      const text = draft.value;
      if (text.trim() === '') return fail('teach_error_empty');
      if (text.length > MAX_TEACH_CHARS) return fail('teach_error_tooLong', MAX_TEACH_CHARS);
      error.value = null;
      notice.value = null;
      const title = draftTitle?.slice(0, MAX_TITLE_CHARS);
      update({ text, marks: [], revealed: false, ...(title ? { title } : {}) });
      void analyse(text);
    },
    /** Called when the text is on the page: marks and findings are drawn on its nodes. */
    setMap(next: TextMap) {
      map = next;
      paint();
    },
    select(next: WordSelection | null) {
      selection.value = next;
    },
    /** Marks the selected words as `kind`. */
    mark(kind: MarkKind) {
      const current = work.value;
      const chosen = selection.value;
      if (!current || !chosen) return fail('teach_error_noSelection');
      const added = addMark(current.marks, current.text, chosen, kind);
      if (!added.ok) return fail(PROBLEM_KEYS[added.problem]);
      error.value = null;
      selection.value = null;
      update({ ...current, marks: added.marks });
    },
    removeMark(id: string) {
      if (work.value) update({ ...work.value, marks: removeMark(work.value.marks, id) });
    },
    reveal() {
      if (work.value) update({ ...work.value, revealed: true });
    },
    hide() {
      if (work.value) update({ ...work.value, revealed: false });
    },
    /** Back to choosing a text; the marks are forgotten. */
    startOver() {
      deps.engine.cancel();
      map = undefined;
      selection.value = null;
      report.value = null;
      deps.marks.clear();
      engineError.value = null;
      void deps.highlighter.draw([], []);
      draft.value = work.value?.text ?? draft.value;
      draftTitle = work.value?.title;
      update(null);
    },
  };

  const restored = loadWork(deps.storage);
  if (restored.kind === 'unreadable') {
    notice.value = t('teach_notice_unreadable');
    saveWork(deps.storage, undefined);
  } else if (restored.kind === 'restored') {
    work.value = restored.work;
    draft.value = restored.work.text;
    if (restored.droppedMarks > 0) notice.value = plural('teach_notice_dropped', restored.droppedMarks);
    void analyse(restored.work.text);
  }
  return store;
}

/** Teach mode's store. */
export type TeachStore = ReturnType<typeof createTeachStore>;
