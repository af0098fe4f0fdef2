/** The popup's screens before and instead of a result: each says what is happening and what the reader can do. */
import type { ComponentChildren } from 'preact';
import { strings } from '../strings.ts';

/** A screen with a heading, a sentence and optional actions. */
function StateScreen({
  name,
  title,
  body,
  children,
}: {
  name: string;
  title: string;
  body: string;
  children?: ComponentChildren;
}) {
  return (
    <section class={`state state-${name}`} aria-labelledby={`state-${name}-heading`}>
      <h2 id={`state-${name}-heading`}>{title}</h2>
      <p>{body}</p>
      {children}
    </section>
  );
}

/** While the popup asks the background what it knows about the tab. */
export function LoadingScreen() {
  return (
    <section class="state state-loading">
      <p>{strings.loading}</p>
    </section>
  );
}

/** The page has not been analysed: one button does it. */
export function IdleScreen({ onAnalyse }: { onAnalyse(): void }) {
  return (
    <StateScreen name="idle" title={strings.idle.title} body={strings.idle.body}>
      <button type="button" class="primary" onClick={onAnalyse}>
        {strings.idle.analyse}
      </button>
    </StateScreen>
  );
}

/** Analysis under way, with its progress when the background reports one. */
export function AnalysingScreen({ progress }: { progress?: number }) {
  const known = typeof progress === 'number' && progress > 0 && progress <= 1;
  return (
    <section class="state state-analysing" aria-labelledby="state-analysing-heading" aria-busy="true">
      <h2 id="state-analysing-heading">{strings.analysing.title}</h2>
      {/* A progress element without a value is the indeterminate kind: it moves without claiming a figure. */}
      <progress aria-label={strings.analysing.progressLabel} max={1} value={known ? progress : undefined} />
      {known && <p class="progress-figure">{strings.analysing.percent(progress)}</p>}
    </section>
  );
}

/** The page does not look like an article: say so kindly, and offer to analyse it anyway. */
export function NotArticleScreen({ message, onAnalyseAnyway }: { message?: string; onAnalyseAnyway(): void }) {
  return (
    <StateScreen name="not-article" title={strings.notArticle.title} body={message ?? strings.notArticle.body}>
      <button type="button" class="primary" onClick={onAnalyseAnyway}>
        {strings.notArticle.analyseAnyway}
      </button>
    </StateScreen>
  );
}

/** A page the browser does not let extensions read. */
export function RestrictedScreen({ message }: { message?: string }) {
  return <StateScreen name="restricted" title={strings.restricted.title} body={message ?? strings.restricted.body} />;
}

/** Something failed: the reason, and a way to try again when there is one. */
export function ErrorScreen({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <section class="state state-error" role="alert" aria-labelledby="state-error-heading">
      <h2 id="state-error-heading">{strings.error.title}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" class="primary" onClick={onRetry}>
          {strings.error.retry}
        </button>
      )}
    </section>
  );
}
