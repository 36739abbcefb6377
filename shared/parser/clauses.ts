/**
 * Builds the clause tree from paragraphs: each marker opens a clause at its level, following paragraphs
 * belong to it, parents are the nearest shallower clause. Units come from the clause's own text; a standing
 * default ("以下均需…负责") is recorded as inherited by every later clause.
 */
import type { Clause, ResponsibleUnit } from '../domain/notice';
import { matchClauseMarker } from './clauseMarkers';
import { findClauseUnits } from './clauseUnits';
import { isAttachmentHeading } from './lineKinds';
import type { Paragraph } from './paragraphs';

export interface ClauseTree {
  clauses: Clause[];
  /** Paragraphs before the first clause (the opening). */
  opening: Paragraph[];
  /** Paragraphs after the last clause that close the notice (各…要按照本通知要求…). */
  closing: Paragraph[];
}

const CLOSING_START = /^(各[^，。]{0,40}?(要|务必|应当|应)|请[^，。]{0,20}(认真|结合|按照|遵照|抓好|切实)|特此|本通知自|此通知|以上|望|希)/;

function headingOf(text: string): string {
  const first = text.split('\n')[0];
  const stop = first.indexOf('。');
  return (stop >= 0 ? first.slice(0, stop) : first).trim();
}

interface Draft {
  clause: Omit<Clause, 'heading' | 'text' | 'units' | 'inheritedUnits'>;
  paragraphs: string[];
}

/** Builds clauses from `paragraphs`; from `appendixStart` on they are attachment pages (no closing there). */
export function buildClauses(paragraphs: Paragraph[], appendixStart = paragraphs.length): ClauseTree {
  const drafts: Draft[] = [];
  const opening: Paragraph[] = [];
  const stack: (number | undefined)[] = [];
  let open: Draft | null = null;
  let lastMarkerInBody = -1;
  paragraphs.forEach((p, i) => {
    const marker = matchClauseMarker(p.text);
    if (i < appendixStart && marker) lastMarkerInBody = i;
  });
  const closing: Paragraph[] = [];

  paragraphs.forEach((p, i) => {
    const marker = matchClauseMarker(p.text);
    if (i === appendixStart || isAttachmentHeading(p.text)) open = null;
    if (!marker) {
      const closes = i > lastMarkerInBody && i < appendixStart && (closing.length > 0 || CLOSING_START.test(p.text));
      if (closes) closing.push(p);
      else if (open) open.paragraphs.push(p.text);
      else if (drafts.length === 0) opening.push(p);
      return;
    }
    stack.length = marker.level;
    let parentIndex: number | null = null;
    for (let level = marker.level - 1; level >= 1; level--) {
      if (stack[level] !== undefined) {
        parentIndex = stack[level]!;
        break;
      }
    }
    const parentPath = parentIndex === null ? '' : `${drafts[parentIndex].clause.path}/`;
    open = {
      clause: {
        level: marker.level, number: marker.number, marker: marker.marker, path: `${parentPath}${marker.number}`,
        parentIndex, line: p.line,
      },
      paragraphs: [marker.rest],
    };
    stack[marker.level] = drafts.length;
    drafts.push(open);
  });

  let standing: ResponsibleUnit[] = [];
  const clauses = drafts.map((draft): Clause => {
    const text = draft.paragraphs.filter(Boolean).join('\n');
    const found = findClauseUnits(text);
    const own = new Set(found.units.map((u) => u.name));
    const clause: Clause = {
      ...draft.clause,
      heading: headingOf(text),
      text,
      units: found.units,
      inheritedUnits: standing.filter((u) => !own.has(u.name)),
    };
    if (found.standingDefault.length > 0) standing = found.standingDefault;
    return clause;
  });
  return { clauses, opening, closing };
}
