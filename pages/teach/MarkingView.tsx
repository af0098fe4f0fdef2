/**
 * The text to mark, read-only, beside the student's marks (and after Reveal, the comparison). Words are chosen
 * by mouse, or by keyboard in the text: the arrows pick a word, Shift+arrows grow or shrink the selection,
 * 1 / 2 / 3 mark it, Escape lets it go.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { MARK_KINDS } from '../../src/teach/types.ts';
import { stepWord, wordSpans } from '../../src/teach/words.ts';
import { ArticleText } from '../shared/ArticleText.tsx';
import { KindToolbar } from './KindToolbar.tsx';
import { MarkList } from './MarkList.tsx';
import { RevealPanel } from './RevealPanel.tsx';
import type { TeachStore } from './store.ts';
import { selectedSpan, showSelection } from './text-selection.ts';

/** Follows the document's selection: words selected by mouse inside the text become the selection to mark. */
function useMouseSelection(store: TeachStore, box: { current: HTMLElement | null }, map: { current?: TextMap }) {
  useEffect(() => {
    const doc = box.current?.ownerDocument ?? document;
    const onChange = () => {
      if (!box.current || !map.current) return;
      const selection = doc.getSelection();
      const anchor = selection?.anchorNode;
      // A selection elsewhere (a click on a button) leaves the chosen words as they are.
      if (!anchor || !box.current.contains(anchor)) return;
      const span = selectedSpan(map.current, selection, box.current);
      const current = store.selection.peek();
      if (span && current && span.start === current.start && span.end === current.end) return;
      store.select(span ? { ...span, focusAtStart: false } : null);
    };
    doc.addEventListener('selectionchange', onChange);
    return () => doc.removeEventListener('selectionchange', onChange);
  }, []);
}

/** The text with its keyboard and mouse selection, the toolbar, and the panel. */
export function MarkingView({ store, marksSupported }: { store: TeachStore; marksSupported: boolean }) {
  const work = store.work.value;
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<TextMap | undefined>(undefined);
  const caret = useRef<number | undefined>(undefined);
  const text = work?.text ?? '';
  const words = useMemo(() => wordSpans(text), [text]);
  useMouseSelection(store, box, map);
  useEffect(() => {
    // The text region (ArticleText's) is where the keys work: screen readers announce how, on focus.
    box.current?.querySelector('.article-text')?.setAttribute('aria-describedby', 'teach-keys');
  }, [text]);
  const chosen = store.selection.value;
  if (chosen) caret.current = chosen.end;
  useEffect(() => {
    // Marked or let go: the document's selection goes too, so the mark's own colour shows.
    if (!chosen && map.current && box.current?.contains(document.getSelection()?.anchorNode ?? null))
      showSelection(map.current, null, document);
  }, [chosen]);
  if (!work) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || !map.current) return;
    const kind = MARK_KINDS[Number(event.key) - 1];
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const direction = event.key === 'ArrowRight' ? 'next' : 'previous';
      // With nothing selected, the arrows go on from the words last selected (or marked), not from the top.
      const from =
        store.selection.value ??
        (caret.current === undefined ? null : { start: caret.current, end: caret.current, focusAtStart: false });
      const next = stepWord(words, from, { direction, extend: event.shiftKey });
      if (next) caret.current = next.end;
      store.select(next);
      showSelection(map.current, next, document);
    } else if (kind && store.selection.value) {
      event.preventDefault();
      // The document's selection goes at once: a selectionchange still queued from the arrows would otherwise
      // read it back and select the words again after they are marked.
      showSelection(map.current, null, document);
      store.mark(kind);
    } else if (event.key === 'Escape' && store.selection.value) {
      event.preventDefault();
      showSelection(map.current, null, document);
      store.select(null);
    }
  };

  return (
    <div class="columns">
      <section class="text-column" aria-labelledby="teach-text-heading">
        <div class="text-head">
          <h2 id="teach-text-heading">{work.title ?? t('analyse_yourText')}</h2>
          <button type="button" class="secondary" onClick={store.startOver}>
            {t('teach_startOver')}
          </button>
        </div>
        <p id="teach-keys" class="help">
          {t('teach_keysHelp')}
        </p>
        {work.revealed && <p class="help teach-legend">{t('teach_legend')}</p>}
        {!marksSupported && <p class="help">{t('teach_noHighlights')}</p>}
        <KindToolbar store={store} />
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys act on the focusable text region inside */}
        <div ref={box} class="teach-text" onKeyDown={onKeyDown}>
          <ArticleText
            text={work.text}
            label={t('teach_textRegion')}
            onMap={(next) => {
              map.current = next;
              store.setMap(next);
            }}
          />
        </div>
      </section>
      <aside class="panel" aria-label={t('teach_panelLabel')}>
        {work.revealed ? <RevealPanel store={store} /> : <MarkList store={store} />}
      </aside>
    </div>
  );
}
