/**
 * 层次序数 rules: numbers that skip or repeat among siblings, markers that mix half- and full-width
 * brackets or dots, and clauses that skip a level (（1） right under 一、).
 */
import { chineseToInt, intToChinese } from '../domain/chineseNumerals';
import type { Clause, Finding, ParsedNotice } from '../domain/notice';
import { clauseLocation, finding } from './ruleCatalog';

/** The shape of a number at each level, for telling the clerk what belongs there. */
const LEVEL_SHAPES: Record<number, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** The clause's number as an integer: Chinese at levels 1–2, Arabic at 3–4 (either is accepted). */
function numberValue(clause: Clause): number | null {
  const written = (clause.number ?? '').trim();
  const text = /[０-９]/.test(written) ? written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : written;
  if (/^\d{1,4}$/.test(text)) return Number(text);
  return chineseToInt(text);
}

/** How another number would be written in this clause's marker: （三） for 3 next to （五）. */
function markerFor(clause: Clause, n: number): string {
  const numeral = /^\d+$/.test(clause.number) || clause.level >= 3 || n > 99 ? String(n) : intToChinese(n);
  return clause.number && clause.marker.includes(clause.number) ? clause.marker.replace(clause.number, numeral) : numeral;
}

interface Numbered {
  clause: Clause;
  index: number;
  value: number;
}

/**
 * Siblings share a parent and a level. Many notices number level-2 items straight through the whole
 * document (一、（一）（二） 二、（三）…); a level is read that way when more of its groups continue
 * the previous group's count than restart at 1.
 */
function gapAndDuplicateFindings(clauses: Clause[]): Finding[] {
  const groupsByLevel = new Map<number, Map<string, Numbered[]>>();
  clauses.forEach((clause, index) => {
    const value = numberValue(clause);
    if (value === null) return;
    const groups = groupsByLevel.get(clause.level) ?? new Map<string, Numbered[]>();
    groupsByLevel.set(clause.level, groups);
    const key = String(clause.parentIndex);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push({ clause, index, value });
  });

  const findings: Finding[] = [];
  for (const groups of groupsByLevel.values()) {
    const ordered = [...groups.values()];
    let continuations = 0;
    let restarts = 0;
    for (let g = 1; g < ordered.length; g++) {
      const previous = ordered[g - 1];
      const first = ordered[g][0].value;
      if (first === 1) restarts++;
      else if (first === previous[previous.length - 1].value + 1) continuations++;
    }
    const runs = continuations > restarts ? [ordered.flat().sort((a, b) => a.index - b.index)] : ordered;
    for (const run of runs) for (const part of partsOf(run)) findings.push(...runFindings(part));
  }
  return findings.sort((a, b) => (a.at?.clauseIndex ?? 0) - (b.at?.clauseIndex ?? 0));
}

/**
 * Clauses without a parent that start again at 1 begin a new part of the document: an attachment (附件1's
 * 实施方案, a 任务分工表) numbers its own clauses from 一 or 1.
 */
function partsOf(run: Numbered[]): Numbered[][] {
  const parts: Numbered[][] = [[]];
  run.forEach((numbered, i) => {
    const restarts = i > 0 && numbered.value === 1 && numbered.clause.parentIndex === null && run[i - 1].value > 1;
    if (restarts) parts.push([]);
    parts[parts.length - 1].push(numbered);
  });
  return parts;
}

/** One run of numbers that should count 1, 2, 3 … */
function runFindings(run: Numbered[]): Finding[] {
  const findings: Finding[] = [];
  const firstSeen = new Map<number, Clause>();
  let expected = 1;
  let previous: Clause | null = null;
  for (const { clause, index, value } of run) {
    const at = clauseLocation(clause, index);
    const earlier = firstSeen.get(value);
    if (earlier) {
      findings.push(finding('numbering-duplicate', `序号“${clause.marker}”与第${earlier.line}行的“${earlier.marker}”重复`, at));
    } else if (value > expected) {
      const missing =
        value - 1 === expected ? `“${markerFor(clause, expected)}”` : `“${markerFor(clause, expected)}”至“${markerFor(clause, value - 1)}”`;
      findings.push(finding('numbering-gap', `序号“${clause.marker}”之前缺少${missing}`, at));
    } else if (value < expected && previous) {
      findings.push(finding('numbering-gap', `序号“${clause.marker}”排在“${previous.marker}”之后，顺序颠倒`, at));
    }
    if (!earlier) firstSeen.set(value, clause);
    expected = Math.max(expected, value + 1);
    previous = clause;
  }
  return findings;
}

type Width = 'half' | 'full' | 'both' | null;

interface MarkKind {
  name: string;
  /** The width of a marker's brackets or dot, null when it has none. */
  widthOf: (marker: string) => Width;
  halfForm: string;
  fullForm: string;
}

function bracketWidth(marker: string): Width {
  const half = marker.includes('(') || marker.includes(')');
  const full = marker.includes('（') || marker.includes('）');
  return half && full ? 'both' : half ? 'half' : full ? 'full' : null;
}

/** The dot after an Arabic number: "1." is half, "1．" full. */
function dotWidth(marker: string): Width {
  const last = marker[marker.length - 1];
  if ((last !== '.' && last !== '．') || !/\d/.test(marker[marker.length - 2] ?? '')) return null;
  return last === '.' ? 'half' : 'full';
}

const MARK_KINDS: MarkKind[] = [
  { name: '括号', widthOf: bracketWidth, halfForm: '()', fullForm: '（）' },
  { name: '点号', widthOf: dotWidth, halfForm: '.', fullForm: '．' },
];

/** Within one document, brackets and dots of clause markers should all be half- or all full-width. */
function mixedWidthFindings(clauses: Clause[]): Finding[] {
  const findings: Finding[] = [];
  for (const kind of MARK_KINDS) {
    const widths: Width[] = [];
    let halves = 0;
    let fulls = 0;
    let mixedMarkers = 0;
    for (const clause of clauses) {
      const width = kind.widthOf(clause.marker ?? '');
      widths.push(width);
      if (width === 'half') halves++;
      else if (width === 'full') fulls++;
      else if (width === 'both') mixedMarkers++;
    }
    if (mixedMarkers === 0 && (halves === 0 || fulls === 0)) continue;
    // The minority is the slip; on a tie, half-width is (Chinese text takes full-width brackets).
    const minority: Width = halves <= fulls ? 'half' : 'full';
    widths.forEach((width, index) => {
      const clause = clauses[index];
      const at = clauseLocation(clause, index);
      if (width === 'both') {
        findings.push(finding('numbering-mixed-width', `序号“${clause.marker}”的${kind.name}一半全角、一半半角，应统一`, at));
      } else if (width === minority && halves > 0 && fulls > 0) {
        const [used, other] = width === 'half' ? ['半角', '全角'] : ['全角', '半角'];
        const otherForm = width === 'half' ? kind.fullForm : kind.halfForm;
        findings.push(
          finding(
            'numbering-mixed-width',
            `序号“${clause.marker}”用了${used}${kind.name}，本文其他序号多用${other}“${otherForm}”，应统一`,
            at,
          ),
        );
      }
    });
  }
  return findings.sort((a, b) => (a.at?.clauseIndex ?? 0) - (b.at?.clauseIndex ?? 0));
}

/** A clause may go at most one level deeper than the clause before it. */
function levelSkipFindings(clauses: Clause[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i];
    const previous = clauses[i - 1];
    // A clause with no parent opens a part of its own (an attachment's 任务清单 numbered 1. 2. 3.).
    if (clause.parentIndex === null || clause.level <= previous.level + 1) continue;
    const shape = LEVEL_SHAPES[previous.level + 1];
    const hint = shape ? `，其下一层应使用“${shape}”这样的序号` : '';
    findings.push(
      finding(
        'numbering-level-skip',
        `序号“${clause.marker}”直接出现在“${previous.marker}”之下，跳过了层次${hint}`,
        clauseLocation(clause, i),
      ),
    );
  }
  return findings;
}

export function numberingFindings(notice: ParsedNotice): Finding[] {
  const clauses = notice.clauses ?? [];
  return [...gapAndDuplicateFindings(clauses), ...mixedWidthFindings(clauses), ...levelSkipFindings(clauses)];
}
