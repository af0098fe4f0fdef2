/** Starts an extension page: language and title from the messages, then the page's component in #app. */
import { type ComponentChild, render } from 'preact';
import { localiseDocument, type MessageKey, t } from '../../src/i18n/index.ts';

/** Renders `page` into #app (emptied first) with the document's lang, dir and title set from the messages. */
export function mountPage(page: ComponentChild, titleKey: MessageKey, doc: Document = document): void {
  localiseDocument(doc, t(titleKey));
  const root = doc.getElementById('app');
  if (!root) return;
  root.replaceChildren();
  render(page, root);
}
