/**
 * The glossary page: contents, then one section per group (the key idea, claims, sources, techniques) with an
 * anchored entry for each term, so explanation cards and popup items can link to glossary.html#technique-hedge.
 */
import { useEffect } from 'preact/hooks';
import { GLOSSARY, GLOSSARY_KINDS, type GlossaryKind, glossaryAnchor } from '../../src/glossary/index.ts';
import { type MessageKey, t } from '../../src/i18n/index.ts';
import { PageFrame } from '../shared/PageFrame.tsx';
import { Entry, entryText } from './Entry.tsx';

const SECTION: Record<GlossaryKind, [MessageKey, MessageKey]> = {
  idea: ['glossary_section_idea', 'glossary_section_idea_intro'],
  claim: ['glossary_section_claim', 'glossary_section_claim_intro'],
  source: ['glossary_section_source', 'glossary_section_source_intro'],
  technique: ['glossary_section_technique', 'glossary_section_technique_intro'],
};

/** Moves focus to the entry the address names (#technique-hedge), as a reader following a link expects. */
function focusTarget(doc: Document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The whole glossary. */
export function GlossaryPage({ doc = document }: { doc?: Document }) {
  useEffect(() => {
    // The entries exist only once rendered, after the browser looked for the anchor: look again now.
    focusTarget(doc);
    const follow = () => focusTarget(doc);
    doc.defaultView?.addEventListener('hashchange', follow);
    return () => doc.defaultView?.removeEventListener('hashchange', follow);
  }, []);
  return (
    <PageFrame current="glossary" heading={t('glossary_heading')}>
      <p class="lede">{t('glossary_intro')}</p>
      <nav class="contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">{t('glossary_contents')}</h2>
        {GLOSSARY_KINDS.map((kind) => (
          <div key={kind} class="contents-group">
            <h3>{t(SECTION[kind][0])}</h3>
            <ul>
              {GLOSSARY.filter((e) => e.kind === kind).map((entry) => (
                <li key={entry.subtype}>
                  <a href={`#${glossaryAnchor(entry)}`}>{entryText(entry, 'term')}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {GLOSSARY_KINDS.map((kind) => (
        <section key={kind} class="glossary-section" aria-labelledby={`section-${kind}`}>
          <h2 id={`section-${kind}`}>{t(SECTION[kind][0])}</h2>
          <p class="lede">{t(SECTION[kind][1])}</p>
          <div class="entries">
            {GLOSSARY.filter((e) => e.kind === kind).map((entry) => (
              <Entry key={entry.subtype} entry={entry} />
            ))}
          </div>
        </section>
      ))}
    </PageFrame>
  );
}
