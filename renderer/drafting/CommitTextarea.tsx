/**
 * A textarea that hands its text over after a short pause or on leaving the field, so the clerk can
 * type freely (even clear it to retype) while preview and 校对 follow without re-rendering per key.
 */
import { useEffect, useRef, useState } from 'react';

const PAUSE_MS = 350;

interface CommitTextareaProps {
  label: string;
  value: string;
  onCommit(text: string): void;
  rows?: number;
  className?: string;
  /** Elements such as 附注 may be emptied; clause wording may not. */
  allowEmpty?: boolean;
}

export function CommitTextarea({ label, value, onCommit, rows = 3, className, allowEmpty = false }: CommitTextareaProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onCommit);
  latest.current = onCommit;

  useEffect(() => setText(value), [value]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function commit(next: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next !== value && (allowEmpty || next.trim() !== '')) latest.current(next);
  }

  return (
    <textarea
      aria-label={label}
      className={className}
      rows={rows}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), PAUSE_MS);
      }}
      onBlur={() => {
        commit(text);
        if (!allowEmpty && text.trim() === '') setText(value);
      }}
    />
  );
}
