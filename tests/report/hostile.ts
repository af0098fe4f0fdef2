/** Page text and metadata written to break out of every export format, with findings spanning the worst of it. */
import type { ExportInput } from '../../src/report/index.ts';
import { buildReport } from './build-report.ts';

/** Article text full of markup, script, links, formulas and Markdown syntax. */
export const HOSTILE_TEXT = [
  'Breaking <script>alert(1)</script> news from the <b onmouseover=alert(0)>town</b>.',
  'The mayor said <img src=x onerror=alert(2)> was fine. See [click](javascript:alert(3)) and <a href="javascript:alert(4)">here</a>.',
  'Quote " and \' and </style><script>alert(5)</script> and </textarea><svg onload=alert(6)> and ![pixel](http://tracker.example/p.gif) end.',
  '=HYPERLINK("http://evil.example","x") is a formula; so is +1+2 and @SUM(A1). Visit https://evil.example or www.evil.example or mail x@evil.example.',
  '&lt;script&gt; and **bold** _em_ `code` | pipe ~~strike~~ <!-- comment --> \\ backslash.',
  '# heading\n- list item\n1. numbered\n> quote',
].join('\n\n');

/** Metadata as a hostile page could set it. */
export const HOSTILE_META = {
  url: 'javascript:alert(document.cookie)',
  title: `</title><script>alert('t')</script><img src=x onerror=alert(1)> [link](javascript:alert(1)) "dq" 'sq' # -`,
  byline: '"><svg onload=alert(1)> <a href=javascript:alert(1)>me</a>',
  siteName: '</style><script>alert(1)</script>',
  published: '<iframe src=//evil.example></iframe>',
};

/** An export input where findings cover hostile spans, and explanations and names carry markup too. */
export function hostileInput(meta: Record<string, string> = HOSTILE_META): ExportInput {
  const report = buildReport(HOSTILE_TEXT, [
    { find: '<script>alert(1)</script>', kind: 'rhetoric', technique: 'loaded-language' },
    {
      find: 'The mayor said <img src=x onerror=alert(2)> was fine.',
      kind: 'claim',
      claimType: 'factual',
      sourcing: 'named',
    },
    {
      find: 'The mayor said',
      kind: 'attribution',
      source: 'named',
      sourceName: '<b onclick="alert(7)">"Mayor"</b>',
    },
    {
      find: '<img src=x onerror=alert(2)>',
      kind: 'rhetoric',
      technique: 'fear-appeal',
      explanation: '<i onclick=x>explained</i> "quoted" & more',
    },
    { find: '[click](javascript:alert(3))', kind: 'attribution', source: 'document' },
    {
      find: '</style><script>alert(5)</script> and </textarea><svg onload=alert(6)>',
      kind: 'claim',
      claimType: 'opinion',
      sourcing: 'none',
    },
    {
      find: '=HYPERLINK("http://evil.example","x")',
      kind: 'claim',
      claimType: 'factual',
      sourcing: 'none',
      question: '=1+1',
    },
    { find: '+1+2', kind: 'rhetoric', technique: 'exaggeration' },
    { find: '@SUM(A1)', kind: 'rhetoric', technique: 'exaggeration' },
    { find: 'https://evil.example', kind: 'attribution', source: 'document' },
    { find: '**bold** _em_ `code` | pipe ~~strike~~ <!-- comment -->', kind: 'rhetoric', technique: 'certainty' },
    { find: '# heading\n- list item', kind: 'claim', claimType: 'factual', sourcing: 'vague' },
    { find: '1. numbered', kind: 'rhetoric', technique: 'hedge' },
  ]);
  return { report, text: HOSTILE_TEXT, meta };
}
