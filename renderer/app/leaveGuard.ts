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

/** The position of a history entry this page numbered, or null for an entry just pushed (a link). */
function positionOf(state: unknown): number | null {
  const position = (state as { gwPosition?: unknown } | null)?.gwPosition;
  return typeof position === 'number' ? position : null;
}

/**
 * Starts guarding. Called once before the app renders, so its hashchange listener comes before the
 * screens': a refused change is undone before they hear of it. Entries are numbered in history.state so a
 * refusal goes back to the very entry shown: a link's new entry is left by going back, the back or forward
 * button's move is undone by going the other way, a replaced address is put back.
 */
export function installLeaveGuard(): void {
  let shownHash = window.location.hash;
  let shownPosition = positionOf(window.history.state) ?? 0;
  window.history.replaceState({ gwPosition: shownPosition }, '', window.location.href);
  window.addEventListener('hashchange', (event) => {
    const next = window.location.hash;
    if (next === shownHash) return;
    const position = positionOf(window.history.state);
    if (mayLeave()) {
      shownHash = next;
      shownPosition = position ?? shownPosition + 1;
      if (position === null) window.history.replaceState({ gwPosition: shownPosition }, '', next);
      return;
    }
    event.stopImmediatePropagation();
    if (position === null) window.history.back();
    else if (position === shownPosition) window.history.replaceState(window.history.state, '', shownHash);
    else window.history.go(shownPosition - position);
  });
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
