/**
 * A form's state that follows its stored values: when they reload (after a save, or anything else
 * changed the archive) the form takes them — unless the clerk has edits in it, which are never
 * overwritten under their hands.
 */
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useSyncedForm<S, F>(
  source: S,
  toForm: (source: S) => F,
): [F, Dispatch<SetStateAction<F>>, { dirty: boolean; reset(): void }] {
  const [form, setForm] = useState<F>(() => toForm(source));
  const loaded = useRef<F>(form);
  const convert = useRef(toForm);
  convert.current = toForm;

  useEffect(() => {
    const next = convert.current(source);
    const previous = loaded.current;
    loaded.current = next;
    setForm((current) => (same(current, previous) ? next : current));
  }, [source]);

  return [form, setForm, { dirty: !same(form, loaded.current), reset: () => setForm(loaded.current) }];
}
