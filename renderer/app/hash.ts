/** Reads a `#/…` address into its screen path and query (no React, so the boot chunk can use it). */

export interface Route {
  /** Path segments after `#/`, decoded: `#/notice/12` → ['notice', '12']. */
  segments: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { segments, query: new URLSearchParams(search) };
}
