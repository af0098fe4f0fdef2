/**
 * What the popup does with a report beyond showing it: export it in four formats, copy it as Markdown, and load
 * an exported JSON-LD report back onto the page. Problems go to the store's notice (a sentence, nothing lost);
 * what went well goes to `status`, a quiet line beside the buttons.
 */
import { type Signal, signal } from '@preact/signals';
import type { TabView } from '../../src/messaging/protocol.ts';
import { exportFileName, parseJsonLdReport } from '../../src/report/index.ts';
import type { ExportFormat } from '../../src/report/types.ts';
import type { BackgroundClient } from '../background-client.ts';
import { createDownloader, type Download } from '../download.ts';
import { exportInput, MIME_TYPES, renderExport } from '../model/export-formats.ts';
import { strings } from '../strings.ts';
import { withTimeout } from './timeout.ts';

/** Files larger than this are refused before reading (the loader refuses 50 million characters too). */
export const MAX_REPORT_BYTES = 100_000_000;

/** What the actions share with the store. */
export interface ReportContext {
  client: BackgroundClient;
  tabId: Signal<number | null>;
  view: Signal<TabView | null>;
  notice: Signal<string | null>;
  show(view: TabView): void;
  /** How long drawing a loaded report may take (it reads the page like an analysis). */
  loadTimeoutMs: number;
}

/** Replaceable parts, for tests. */
export interface ReportOptions {
  download?: Download;
  /** The clipboard, when the browser offers one here. */
  clipboard?: Pick<Clipboard, 'writeText'>;
  now?: () => Date;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the export, copy and load actions over the store's state. */
export function createReportActions(ctx: ReportContext, options: ReportOptions = {}) {
  const { client, tabId, view, notice } = ctx;
  const now = options.now ?? (() => new Date());
  // Made on first use: its defaults read the popup's document, which a store built in a test may not have.
  let download = options.download;
  const backgroundUrl = async (content: string, type: string) => {
    const answer = await client.call('downloadUrl', content, type);
    return answer.ok ? answer.value : null;
  };
  const clipboard = 'clipboard' in options ? options.clipboard : globalThis.navigator?.clipboard;
  const status = signal<string | null>(null);
  const loading = signal(false);

  function fail(message: string) {
    status.value = null;
    notice.value = message;
  }

  /** Writes the current report in `format`, or says why it cannot. */
  function render(format: ExportFormat): { content: string; name: string } | undefined {
    const input = exportInput(view.value);
    if (!input) return void fail(strings.exports.noText);
    const date = now();
    try {
      return { content: renderExport(format, input, date), name: exportFileName(input.meta, format, date) };
    } catch (error) {
      return void fail(strings.exports.failed(messageOf(error)));
    }
  }

  return {
    status,
    loading,
    /** Downloads the report as a file named after the page and the date. */
    async exportAs(format: ExportFormat): Promise<void> {
      const file = render(format);
      if (!file) return;
      try {
        download ??= createDownloader(backgroundUrl);
        await download(file.content, MIME_TYPES[format], file.name);
        status.value = strings.exports.started(file.name);
      } catch (error) {
        fail(strings.exports.failed(messageOf(error)));
      }
    },
    /** Copies the report as Markdown. Call it straight from the click: browsers allow clipboard writes only then. */
    async copyMarkdown(): Promise<void> {
      const file = render('md');
      if (!file) return;
      if (!clipboard) return fail(strings.exports.noClipboard);
      try {
        await clipboard.writeText(file.content);
        status.value = strings.exports.copied;
      } catch (error) {
        fail(strings.exports.copyFailed(messageOf(error)));
      }
    },
    /** Reads a JSON-LD export and has the background draw it on the page; a wrong file is refused with the reason. */
    async loadFile(file: File): Promise<void> {
      const id = tabId.value;
      if (id === null || loading.value) return;
      if (file.size > MAX_REPORT_BYTES) return fail(strings.load.notAReport(file.name, strings.load.tooLarge));
      loading.value = true;
      status.value = strings.load.reading(file.name);
      try {
        const json = await file.text().catch((error: unknown) => {
          throw new Error(strings.load.unreadable(file.name, messageOf(error)));
        });
        // Checked here first, so a wrong file is refused at once and the page is not touched.
        const parsed = parseJsonLdReport(json);
        if (!parsed.ok) return fail(strings.load.notAReport(file.name, parsed.error));
        const answer = await withTimeout(
          client.call('loadReport', id, file.name, json),
          ctx.loadTimeoutMs,
          strings.error.noAnswer,
        );
        if (!answer.ok) return fail(strings.load.failed(answer.error));
        ctx.show(answer.value);
        status.value = null;
      } catch (error) {
        fail(messageOf(error));
      } finally {
        loading.value = false;
      }
    },
  };
}

/** The report actions of one popup. */
export type ReportActions = ReturnType<typeof createReportActions>;
