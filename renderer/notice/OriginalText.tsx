/**
 * The notice's text as received, line by line, beside its structure. A finding that points at a line
 * scrolls there and flashes it; the excerpt finds the line when numbering differs.
 */
import { useEffect, useMemo, useRef } from 'react';

export interface LineFocus {
  line: number;
  excerpt: string;
  /** Changes on every jump, so jumping twice to one line flashes twice. */
  nonce: number;
}

/** The 0-based line to show: the one holding the excerpt nearest the given line number. */
export function locateLine(lines: string[], focus: Pick<LineFocus, 'line' | 'excerpt'>): number {
  const wanted = Math.min(Math.max(focus.line - 1, 0), Math.max(lines.length - 1, 0));
  const needle = focus.excerpt.replace(/\s+/g, '').slice(0, 20);
  if (!needle) return wanted;
  let best = -1;
  lines.forEach((text, index) => {
    if (text.replace(/\s+/g, '').includes(needle) && (best < 0 || Math.abs(index - wanted) < Math.abs(best - wanted))) best = index;
  });
  return best >= 0 ? best : wanted;
}

export function OriginalText({ text, focus }: { text: string; focus: LineFocus | null }) {
  const lines = useMemo(() => text.replace(/\r\n?/g, '\n').split('\n'), [text]);
  const target = focus ? locateLine(lines, focus) : -1;
  const ref = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (target < 0) return;
    ref.current?.querySelector(`[data-line="${target}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [target, focus?.nonce]);

  return (
    <pre className="original" ref={ref} aria-label="公文原文" data-testid="original-text">
      {lines.map((line, index) => (
        <span key={index} data-line={index} className={`line${index === target ? ' flash' : ''}`}>
          {line || '\u00a0'}
        </span>
      ))}
    </pre>
  );
}
