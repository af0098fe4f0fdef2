/**
 * The explanation card's styles. They live inside the card's shadow root, so the page's CSS cannot restyle
 * the card and the card's CSS cannot leak into the page. Colours follow the highlight families (styles.ts)
 * and switch with the reader's dark-mode setting.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; position: fixed; max-width: min(380px, calc(100vw - 16px)); min-width: 240px;
  padding: 12px 14px 10px; border-radius: 10px; border: 1px solid #c9c9c9; border-left: 6px solid var(--family);
  background: #ffffff; color: #1b1b1b; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  pointer-events: auto; overflow-wrap: anywhere; overflow-y: auto; overscroll-behavior: contain;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
.card[data-family="unsourced"] { --family: #D55E00; }
.card[data-family="weak-source"] { --family: #E69F00; }
.card[data-family="rhetoric"] { --family: #CC79A7; }
.card[data-family="sourced"] { --family: #009E73; }
h2 { margin: 0 0 6px; padding-right: 30px; font-size: 15px; font-weight: 600; line-height: 1.3; color: inherit; }
.close {
  all: unset; position: absolute; top: 8px; right: 8px; cursor: pointer; width: 26px; height: 26px; flex: none; text-align: center; border-radius: 6px;
  font: 20px/26px system-ui, sans-serif; color: #444;
}
.close:hover { background: rgba(0, 0, 0, 0.08); }
.close:focus-visible { outline: 3px solid #0072B2; }
.also { margin-top: 10px; padding-top: 8px; border-top: 1px solid #e2e2e2; }
.also .hint { margin: 0 0 4px; }
.switch {
  all: unset; display: block; cursor: pointer; margin: 2px 0; padding: 3px 6px; border-radius: 4px;
  font-size: 13px; color: #005F8F; text-decoration: underline;
}
.switch:hover { background: rgba(0, 0, 0, 0.06); }
.switch:focus-visible { outline: 3px solid #0072B2; }
.glossary {
  all: unset; display: inline-block; cursor: pointer; margin-top: 6px; padding: 2px 4px; border-radius: 4px;
  font-size: 13px; color: #005F8F; text-decoration: underline;
}
.glossary:hover { background: rgba(0, 0, 0, 0.06); }
.glossary:focus-visible { outline: 3px solid #0072B2; }
.flagged { margin: 0 0 8px; padding: 4px 8px; border-radius: 4px; background: #f3f3f3; font-style: italic; }
h3 { margin: 8px 0 2px; font-size: 12px; font-weight: 600; line-height: 1.3; letter-spacing: 0.03em; text-transform: uppercase; color: #555; }
p { margin: 0; }
.meta { margin-top: 8px; font-size: 12px; color: #555; }
.hint { margin-top: 6px; font-size: 11px; color: #6b6b6b; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2326; color: #eeeeee; border-color: #454b50; }
  .flagged { background: #2b3034; }
  h3, .meta { color: #b9c0c5; }
  .hint { color: #9aa2a8; }
  .close { color: #ddd; }
  .close:hover { background: rgba(255, 255, 255, 0.1); }
  .also { border-top-color: #3a4045; }
  .switch, .glossary { color: #8fd0ff; }
}
`;
