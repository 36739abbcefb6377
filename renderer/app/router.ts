/**
 * Hash routing: the screen lives in `#/…`, so the same build works from app:// and from
 * http://127.0.0.1, and the back button and links behave as in any program.
 */
import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './hash';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const currentHash = () => window.location.hash;

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
