// Types for the small HTML parser that ships with @mozilla/readability (it has none of its own).
declare module '@mozilla/readability/JSDOMParser.js' {
  /** Parses well-formed HTML into a minimal DOM that Readability can read, without a browser DOM. */
  export default class JSDOMParser {
    parse(html: string, url: string): Document;
  }
}
