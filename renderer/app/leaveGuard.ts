/**
 * Nothing typed is lost by leaving: screens with unsaved edits register a guard, and every way out asks
 * first — a sidebar link, Alt+number, Ctrl+F, the back button (all hash changes, caught here before any
 * screen sees them) and closing or reloading the window (beforeunload; Electron's main asks natively).
 */
const guards = new Set<() => boolean>();

export const LEAVE_QUESTION = '有未保存的修改，离开后将丢失。确定离开吗？';

export function hasUnsavedWork(): boolean {
  for (const dirty of guards) if (dirty()) return true;
  return false;
}

/** Registers a check for unsaved edits; returns its removal. */
export function addLeaveGuard(dirty: () => boolean): () => void {
  guards.add(dirty);
  return () => guards.delete(dirty);
}

/** True when there is nothing to lose, or the clerk agrees to lose it. */
export function mayLeave(): boolean {
  return !hasUnsavedWork() || window.confirm(LEAVE_QUESTION);
}

/**
 * Starts guarding. Called once before the app renders, so its hashchange listener comes before the
 * screens': a refused change is undone before they hear of it.
 */
export function installLeaveGuard(): void {
  let shownHash = window.location.hash;
  window.addEventListener('hashchange', (event) => {
    const next = window.location.hash;
    if (next === shownHash) return;
    if (mayLeave()) {
      shownHash = next;
      return;
    }
    event.stopImmediatePropagation();
    window.history.replaceState(null, '', shownHash);
  });
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
