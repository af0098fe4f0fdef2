/** Text files imported by the extension pages are bundled as strings (esbuild's "text" loader). */
declare module '*.txt' {
  const text: string;
  export default text;
}
