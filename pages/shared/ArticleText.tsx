/**
 * An analysed text, read-only, for highlights to be drawn on. The text goes into Text nodes made by
 * text-view.ts, never through Preact's children, so that the nodes the highlight Ranges point into stay the
 * same across re-renders (Preact leaves children it did not create alone).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../src/i18n/index.ts';
import type { TextMap } from '../../src/page/extract/text-map.ts';
import { type Passage, renderPassages } from './text-view.ts';

/** Props: the analysed text, the passages of it to show (all of it by default), a label, and who gets the map. */
interface ArticleTextProps {
  text: string;
  passages?: readonly Passage[];
  label: string;
  onMap(map: TextMap): void;
}

/** The text as a labelled, focusable region (so a keyboard can scroll it). */
export function ArticleText({ text, passages, label, onMap }: ArticleTextProps) {
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (!box.current) return;
    onMap(renderPassages(box.current, text, passages ?? [{ start: 0, text }], t('pages_gapLabel')));
  }, [text, passages]);
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
  return <section class="article-text" ref={box} aria-label={label} tabIndex={0} />;
}
