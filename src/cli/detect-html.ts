/** Decides whether an input is an HTML page or plain text, from its file name first and its content second. */
import type { InputKind } from './args.ts';

const HTML_EXTENSIONS = /\.(html?|xhtml|shtml|php|aspx?)$/i;
// How HTML documents and fragments begin; plain prose essentially never starts with one of these tags.
const HTML_START =
  /^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>]|<main[\s>]|<div[\s>]|<p[\s>]|<h[1-6][\s>]|<!--)/i;

/** Whether to read `text` as HTML: `--input` wins, then the file's extension, then how the content begins. */
export function isHtmlInput(text: string, name: string, forced: InputKind = 'auto'): boolean {
  if (forced !== 'auto') return forced === 'html';
  if (HTML_EXTENSIONS.test(name)) return true;
  return HTML_START.test(text.slice(0, 1024).trimStart());
}
