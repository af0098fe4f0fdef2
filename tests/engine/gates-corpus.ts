/**
 * A corpus of our own sentences for the gate tests (gates-*.test.ts): every sentence-like string literal of the test
 * files in tests/engine, read at test time so new table rows join it by themselves, plus variants made from them
 * that gates are easy to get wrong on: all capitals, headline case, curly quotes and apostrophes, and contractions
 * written without their apostrophe, whole or split from their word (which wink reads its own ways).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname);

/** The string literals of a source text ('…', "…" and `…` without `${`), unescaped. */
function literals(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const q = source[i];
    // A comment's apostrophe ("it's") would open a false literal: comments are skipped whole.
    if (q === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
      const close = source[i + 1] === '/' ? source.indexOf('\n', i) : source.indexOf('*/', i + 2);
      i = close < 0 ? source.length : close;
      continue;
    }
    if (q !== "'" && q !== '"' && q !== '`') continue;
    let s = '';
    let k = i + 1;
    for (; k < source.length && source[k] !== q; k++) {
      if (source[k] === '\n' && q !== '`') break;
      if (source[k] !== '\\') s += source[k];
      else {
        const e = source[++k];
        if (e === 'u' && source[k + 1] === '{') {
          const close = source.indexOf('}', k);
          s += String.fromCodePoint(Number.parseInt(source.slice(k + 2, close), 16));
          k = close;
        } else if (e === 'u') {
          s += String.fromCharCode(Number.parseInt(source.slice(k + 1, k + 5), 16));
          k += 4;
        } else s += e === 'n' ? '\n' : e;
      }
    }
    if (source[k] === q && !(q === '`' && s.includes('${'))) out.push(s);
    i = k;
  }
  return out;
}

/** A literal reads as a sentence: three words or more, some letters, no code. */
function sentenceLike(s: string): boolean {
  return s.length >= 12 && s.length <= 2000 && /[a-z].* .* /i.test(s) && !/[{};]|=>|\bimport\b/.test(s);
}

/** The test files' sentences, without duplicates, in file order; the bracket marks of example rows removed. */
export function tableSentences(): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('gates-')).sort();
  const seen = new Set<string>();
  for (const f of files) {
    for (const lit of literals(readFileSync(resolve(dir, f), 'utf8'))) {
      const s = lit.replace(/[[\]]/g, '').trim();
      if (sentenceLike(s)) seen.add(s);
    }
  }
  return [...seen];
}

/** Straight quotes made curly: opening after a space or the start, closing elsewhere; apostrophes as ’. */
export function curly(s: string): string {
  return s.replace(/(^|[\s([])"/g, '$1\u201c').replace(/"/g, '\u201d').replace(/(^|[\s([])'/g, '$1\u2018').replace(/'/g, '\u2019');
}

/** Contractions without their apostrophe ("dont", "wont", "theyre"), as hasty writers and some feeds have them. */
export function bareContractions(s: string): string {
  return s.replace(/([a-z])['\u2019](t|s|re|ve|ll|d|m)\b/gi, '$1$2');
}

/** Contractions split from their word without the apostrophe ("do nt", "they re"): bare pieces wink reads apart. */
export function splitContractions(s: string): string {
  return s.replace(/([a-z])(n['\u2019]t)\b/gi, '$1 nt').replace(/([a-z])['\u2019](s|re|ve|ll|d|m)\b/gi, '$1 $2');
}

/** Every word's first letter a capital, as in a headline. */
export function headline(s: string): string {
  return s.replace(/\b([a-z])/g, (c) => c.toUpperCase());
}

/**
 * The sentences and their variants, joined into texts of `per`: capitals for one sentence in six, headline case and
 * curly quotes for two others (a sixth each keeps the tests fast), curly quotes, bare contractions and split ones
 * wherever a sentence has quotes or contractions.
 */
export function gateTexts(per = 12): string[] {
  const base = tableSentences();
  const all = new Set<string>(base);
  base.forEach((s, k) => {
    if (k % 6 === 0) all.add(s.toUpperCase());
    if (k % 6 === 2) all.add(headline(s));
    if (k % 6 === 4 || /['"]/.test(s)) all.add(curly(s));
    all.add(bareContractions(s));
    all.add(splitContractions(s));
  });
  const list = [...all];
  const texts: string[] = [];
  for (let k = 0; k < list.length; k += per) texts.push(list.slice(k, k + per).join(' '));
  return texts;
}
