/**
 * Keys that work everywhere: Alt+1… switch screens, Ctrl+F goes to the screen's search box (or 检索 —
 * except from an editor, which Ctrl+F never leaves).
 */
import { useEffect } from 'react';
import { NAV } from './navigation';
import { href, navigate } from './router';

export function useGlobalKeys(): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey && !event.ctrlKey && /^[1-9]$/.test(event.key)) {
        const entry = NAV[Number(event.key) - 1];
        if (entry) {
          event.preventDefault();
          navigate(href([entry.key]));
        }
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        const box = document.querySelector<HTMLInputElement>('[data-search-box]');
        if (box) {
          event.preventDefault();
          box.focus();
        } else if (!document.querySelector('[data-no-search-jump]')) {
          event.preventDefault();
          navigate(href(['search']));
        }
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
