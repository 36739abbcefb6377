/**
 * Hash routing: the screen lives in `#/…`, so the same build works from app:// and from
 * http://127.0.0.1, and the back button and links behave as in any program.
 */
import { useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments after `#/`, decoded: `#/notice/12` → ['notice', '12']. */
  segments: string[];
  query: URLSearchParams;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const currentHash = () => window.location.hash;

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

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}

/** Builds `#/a/b?x=1` from segments (encoded) and optional query values. */
export function href(segments: (string | number)[], query?: Record<string, string | undefined>): string {
  const path = segments.map((segment) => encodeURIComponent(String(segment))).join('/');
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  ).toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function navigate(target: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    // The entry keeps its state: the leave guard numbers entries there (leaveGuard.ts).
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target.replace(/^#/, '');
  }
}
