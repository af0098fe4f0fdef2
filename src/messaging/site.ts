/** Which sites can have automatic analysis, and the host-permission pattern that covers one. */

/** The origin of a page Sourcelight may analyse automatically (http or https), or null for any other page. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern for every page of an origin. Ports are dropped: match patterns do not take them. */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
