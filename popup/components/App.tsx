/** The popup: a header with the page's title, the screen for the tab's state, a notice, and the privacy note. */
import { PLAIN_HOST, type PopupHost } from '../host.ts';
import type { Screen } from '../state/screen.ts';
import { screenFor } from '../state/screen.ts';
import type { PopupStore } from '../state/store.ts';
import { strings } from '../strings.ts';
import { Notice } from './Notice.tsx';
import { PageLinks } from './PageLinks.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ResultScreen } from './ResultScreen.tsx';
import {
  AnalysingScreen,
  ErrorScreen,
  IdleScreen,
  LoadingScreen,
  NotArticleScreen,
  RestrictedScreen,
} from './States.tsx';

/** What a screen reader hears when the screen changes (the live region below reads it out). */
function announcement(screen: Screen): string {
  switch (screen.name) {
    case 'loading':
      return strings.loading;
    case 'idle':
      return strings.idle.title;
    case 'not-article':
      return strings.notArticle.title;
    case 'restricted':
      return strings.restricted.title;
    case 'analysing':
      return strings.analysing.title;
    case 'result':
      return strings.score.announce(screen.report.score.value, strings.score.grades[screen.report.score.grade]);
    case 'error':
      // The error screen is an alert of its own: saying it twice would only repeat it.
      return '';
  }
}

/** Renders one screen. */
function ScreenView({ screen, store, host }: { screen: Screen; store: PopupStore; host: PopupHost }) {
  switch (screen.name) {
    case 'loading':
      return <LoadingScreen />;
    case 'idle':
      return <IdleScreen onAnalyse={() => store.analyse('article')} />;
    case 'analysing':
      return <AnalysingScreen progress={screen.progress} />;
    case 'result':
      return <ResultScreen view={screen.view} report={screen.report} store={store} host={host} />;
    case 'not-article':
      return (
        <>
          <NotArticleScreen message={screen.message} onAnalyseAnyway={() => store.analyse('anyway')} />
          {/* A report can still be drawn here: loading reads the page as "Analyse anyway" does. */}
          <ReportActions store={store} host={host} canExport={false} />
        </>
      );
    case 'restricted':
      return <RestrictedScreen message={screen.message} />;
    case 'error':
      return <ErrorScreen message={screen.message} onRetry={screen.retry} />;
  }
}

/** The whole popup for one store; `host` says where it runs (a toolbar popup or a tab). */
export function App({ store, host = PLAIN_HOST }: { store: PopupStore; host?: PopupHost }) {
  const screen = screenFor(store.view.value, store.failure.value, () => store.analyse('article'));
  const title = store.view.value?.page?.title;
  return (
    <>
      <header class="app-header">
        <h1 class="app-name">{strings.appName}</h1>
        {title && <p class="page-title">{title}</p>}
      </header>
      <main class="app-main">
        <p class="visually-hidden" role="status">
          {announcement(screen)}
        </p>
        <Notice message={store.notice.value} onDismiss={store.dismissNotice} />
        <ScreenView screen={screen} store={store} host={host} />
      </main>
      <footer class="app-footer">
        <PageLinks />
        <p>{strings.privacyNote}</p>
      </footer>
    </>
  );
}
