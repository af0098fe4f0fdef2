/**
 * The popup's state in signals, and the actions that change it by calling the background. Every call is
 * bounded in time; a stuck analysis becomes an error with a retry; a failed setting keeps what the reader had.
 */
import { batch, signal } from '@preact/signals';
import type { DismissReason } from '../../src/messaging/dismissals.ts';
import type { BackgroundCalls, ExtractMode, Family, Result, TabView } from '../../src/messaging/protocol.ts';
import type { Args, Value } from '../../src/messaging/transport.ts';
import { defaultSettings, loadSettings, type Settings } from '../../src/settings/index.ts';
import { watchSettings } from '../../src/settings/watch.ts';
import type { BackgroundClient } from '../background-client.ts';
import { strings } from '../strings.ts';
import { createReportActions, type ReportOptions } from './report-actions.ts';
import { withTimeout } from './timeout.ts';

/** A failure that replaces the popup's content, with the action that tries again. */
export interface Failure {
  message: string;
  retry?: () => void;
}

/** Whether this site's articles are analysed automatically (null: not possible on this page). */
export type Automation = { origin: string; enabled: boolean } | null;

/** Time limits and timers, replaceable in tests. */
export interface StoreOptions {
  /** How long any background call may take. */
  callTimeoutMs?: number;
  /** How long an analysis may go without any news before it counts as stuck. */
  stuckMs?: number;
  setTimer?: typeof setTimeout;
  clearTimer?: typeof clearTimeout;
  /** The export, copy and load actions' replaceable parts (download, clipboard, clock). */
  reports?: ReportOptions;
  /** Reads the reader's settings (storage.local by default). */
  loadSettings?: () => Promise<{ settings: Settings }>;
  /** Calls back when the stored settings change; returns the function that stops listening. */
  watchSettings?: (onChange: () => void) => () => void;
}

/** Creates the popup's state for one tab, found by `resolveTabId` (which throws a reader's sentence when it cannot). */
export function createStore(client: BackgroundClient, resolveTabId: () => Promise<number>, options: StoreOptions = {}) {
  const { callTimeoutMs = 10_000, stuckMs = 45_000, setTimer = setTimeout, clearTimer = clearTimeout } = options;
  const tabId = signal<number | null>(null);
  const view = signal<TabView | null>(null);
  const failure = signal<Failure | null>(null);
  const notice = signal<string | null>(null);
  const automation = signal<Automation>(null);
  const settings = signal<Settings>(defaultSettings());
  const { loadSettings: readSettings = () => loadSettings(), watchSettings: watch = watchSettings } = options;
  let stopWatching: (() => void) | undefined;
  let stuckTimer: ReturnType<typeof setTimeout> | undefined;
  let lastMode: ExtractMode = 'article';
  let unsubscribe = () => {};

  /** Calls the background within the time limit. */
  function ask<M extends keyof BackgroundCalls>(ms: number, method: M, ...args: Args<BackgroundCalls[M]>) {
    return withTimeout<Value<BackgroundCalls[M]>>(
      client.call(method, ...args),
      ms,
      strings.error.noAnswer,
      setTimer,
      clearTimer,
    );
  }

  /** Shows a view; while it says "analysing", a watchdog turns silence into an error with a retry. */
  function show(next: TabView) {
    if (stuckTimer !== undefined) clearTimer(stuckTimer);
    stuckTimer = undefined;
    if (next.status === 'analysing') {
      stuckTimer = setTimer(() => {
        failure.value = { message: strings.error.stuck, retry: () => void analyse(lastMode) };
      }, stuckMs);
    }
    batch(() => {
      failure.value = null;
      view.value = next;
    });
  }

  /** Finds the tab, shows its state, and analyses it if it has not been analysed yet (opening the popup is the trigger). */
  async function start(): Promise<void> {
    failure.value = null;
    // The settings choose what is listed; a change on the settings page applies here at once.
    stopWatching ??= watch(() => void refreshSettings());
    void refreshSettings();
    let id: number;
    try {
      id = await resolveTabId();
    } catch (error) {
      failure.value = { message: error instanceof Error ? error.message : strings.error.noTab };
      return;
    }
    tabId.value = id;
    unsubscribe();
    unsubscribe = client.onTabViewChanged((changed) => {
      if (changed.tabId === tabId.value) show(changed);
    });
    const current = await ask(callTimeoutMs, 'getTabView', id);
    if (!current.ok) {
      failure.value = { message: current.error, retry: () => void start() };
      return;
    }
    show(current.value);
    void loadAutomation(id);
    if (current.value.status === 'idle') await analyse('article');
  }

  const reports = createReportActions({ client, tabId, view, notice, show, loadTimeoutMs: stuckMs }, options.reports);

  async function refreshSettings(): Promise<void> {
    settings.value = (await readSettings().catch(() => ({ settings: defaultSettings() }))).settings;
  }

  /** Calls the background for the tab and shows the view it answers, or says why not. */
  async function update(send: (id: number) => Promise<Result<TabView>>): Promise<void> {
    const id = tabId.value;
    if (id === null) return;
    const answer = await send(id);
    if (answer.ok) show(answer.value);
    else notice.value = answer.error;
  }

  async function loadAutomation(id: number): Promise<void> {
    const answer = await ask(callTimeoutMs, 'getSiteAutomation', id);
    automation.value = answer.ok ? answer.value : null;
  }

  /** Analyses the tab's page; `anyway` analyses a page that does not look like an article. */
  async function analyse(mode: ExtractMode): Promise<void> {
    const id = tabId.value;
    if (id === null) return start();
    lastMode = mode;
    const before = view.value;
    if (before) show({ ...before, status: 'analysing', progress: 0, message: undefined });
    const answer = await ask(stuckMs, 'analyzeTab', id, mode);
    if (answer.ok) show(answer.value);
    else {
      if (stuckTimer !== undefined) clearTimer(stuckTimer);
      failure.value = { message: answer.error, retry: () => void analyse(mode) };
    }
  }

  /** Applies a setting optimistically; when the background refuses, puts the old view back and says why. */
  async function change(optimistic: Partial<TabView>, send: (id: number) => Promise<Result<TabView>>) {
    const id = tabId.value;
    const before = view.value;
    if (id === null || !before) return;
    view.value = { ...before, ...optimistic };
    const answer = await send(id);
    if (answer.ok) show(answer.value);
    else {
      view.value = before;
      notice.value = answer.error;
    }
  }

  return {
    tabId,
    view,
    failure,
    notice,
    automation,
    settings,
    reports,
    start,
    analyse,
    /** Shows only these families, on the page and in the popup. */
    setFamilies: (families: Family[]) => change({ families }, (id) => ask(callTimeoutMs, 'setFamilies', id, families)),
    /** Switches the page's highlights on or off without reloading. */
    setHighlightsVisible: (visible: boolean) =>
      change({ highlightsVisible: visible }, (id) => ask(callTimeoutMs, 'setHighlightsVisible', id, visible)),
    /** Removes everything Sourcelight added to the page. */
    turnOff: () => change({}, (id) => ask(callTimeoutMs, 'turnOff', id)),
    /** Scrolls the page to a finding and flashes it. */
    async reveal(findingId: string): Promise<void> {
      const id = tabId.value;
      if (id === null) return;
      const answer = await ask(callTimeoutMs, 'revealFinding', id, findingId);
      if (!answer.ok) notice.value = answer.error;
      else if (!answer.value) notice.value = strings.error.notFoundOnPage;
    },
    /**
     * Turns automatic analysis for this site on or off. Call it straight from the click handler: the browser
     * shows its permission prompt only during a user gesture, so the request must come before any await.
     */
    async toggleAutomation(): Promise<void> {
      const current = automation.value;
      if (!current) return;
      const enable = !current.enabled;
      const answer = enable
        ? await client.enableSiteAutomation(current.origin)
        : await ask(callTimeoutMs, 'setSiteAutomation', current.origin, false);
      if (answer.ok && answer.value) automation.value = { ...current, enabled: enable };
      else notice.value = answer.ok ? strings.controls.automationFailed : answer.error;
    },
    /** Dismisses a finding on this page for `reason` ('' or the reader's words as `note`): out of the score and the highlights. */
    dismiss: (findingId: string, reason: DismissReason, note = '') =>
      update((id) => ask(callTimeoutMs, 'dismissFinding', id, findingId, reason, note)),
    /** Brings dismissed findings back by their keys, or all of them with null. */
    undoDismissals: (keys: string[] | null) => update((id) => ask(callTimeoutMs, 'undoDismissals', id, keys)),
    /** Hides the passing notice. */
    dismissNotice: () => {
      notice.value = null;
    },
    /** Stops listening and stops timers (the popup is closing, or a test is done). */
    dispose: () => {
      unsubscribe();
      stopWatching?.();
      if (stuckTimer !== undefined) clearTimer(stuckTimer);
    },
  };
}

/** The popup's state and actions. */
export type PopupStore = ReturnType<typeof createStore>;
