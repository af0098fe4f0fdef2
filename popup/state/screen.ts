/** Which of the popup's screens to show, derived from the store: there is always one, never a blank popup. */
import type { Report } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { strings } from '../strings.ts';
import type { Failure } from './store.ts';

/** One screen of the popup, with what it needs to render. */
export type Screen =
  | { name: 'loading' }
  | { name: 'idle' }
  | { name: 'analysing'; progress?: number }
  | { name: 'result'; view: TabView; report: Report }
  | { name: 'not-article'; message?: string }
  | { name: 'restricted'; message?: string }
  | { name: 'error'; message: string; retry?: () => void };

/** Picks the screen for the current view, or the failure that replaced it. `analyse` retries a failed analysis. */
export function screenFor(view: TabView | null, failure: Failure | null, analyse: () => void): Screen {
  if (failure) return { name: 'error', ...failure };
  if (!view) return { name: 'loading' };
  switch (view.status) {
    case 'idle':
      return { name: 'idle' };
    case 'analysing':
      return { name: 'analysing', progress: view.progress };
    case 'result':
      return view.report
        ? { name: 'result', view, report: view.report }
        : { name: 'error', message: strings.error.body, retry: analyse };
    case 'not-article':
      return { name: 'not-article', message: view.message };
    case 'restricted':
      return { name: 'restricted', message: view.message };
    case 'error':
      return { name: 'error', message: view.message ?? strings.error.body, retry: analyse };
  }
}
