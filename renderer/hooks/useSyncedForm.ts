/**
 * A form's state that follows its stored values: when they reload (after a save, or anything else
 * changed the archive) the form takes them — unless the clerk has edits in it, which are never
 * overwritten under their hands. Once the stored values equal the form (a save went through), it is
 * clean again; while it is not, leaving the screen asks first.
 */
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLeaveGuard } from './useLeaveGuard';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useSyncedForm<S, F>(
  source: S,
  toForm: (source: S) => F,
): [F, Dispatch<SetStateAction<F>>, { dirty: boolean; reset(): void }] {
  const [form, setForm] = useState<F>(() => toForm(source));
  // Kept as state too: a reload that leaves the form as typed must still re-render to clear "dirty".
  const [loaded, setLoaded] = useState<F>(form);
  const loadedRef = useRef<F>(form);
  const convert = useRef(toForm);
  convert.current = toForm;

  useEffect(() => {
    const next = convert.current(source);
    const previous = loadedRef.current;
    loadedRef.current = next;
    setLoaded(next);
    setForm((current) => (same(current, previous) ? next : current));
  }, [source]);

  const dirty = !same(form, loaded);
  useLeaveGuard(dirty);
  return [form, setForm, { dirty, reset: () => setForm(loaded) }];
}
