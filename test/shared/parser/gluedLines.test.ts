import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { WEB_NAMES, webInput, webTruth } from './webCorpusData';
import { formatFieldTable, scoreCorpus, scoreDocument } from './webCorpusScore';

/**
 * The web development set glued onto one line, as pages and pastes deliver it: the line breaks turned into
 * spaces, or dropped. The parser must find the lines again (shared/parser/unglue.ts). Run-together text
 * cannot always be read back: where a heading runs into its paragraph without 。, or a title into the
 * page's chrome, nothing marks the boundary. The floors below are raised as unglue improves.
 */
const GLUES = [
  { name: 'joined with spaces', separator: ' ', overallFloor: 0.85, fullFloor: 20 },
  { name: 'run together', separator: '', overallFloor: 0.65, fullFloor: 2 },
];

function glued(text: string, separator: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(separator);
}

describe('web notices glued onto one line', () => {
  it.each(GLUES)('parse close to their truth when $name', ({ name, separator, overallFloor, fullFloor }) => {
    const score = scoreCorpus(WEB_NAMES.map((n) => scoreDocument(n, webTruth(n), parseNotice(glued(webInput(n), separator)))));
    const full = score.documents.filter((d) => d.score >= 0.999).length;
    console.log(`web set ${name}: ${full}/${score.documents.length} documents read fully\n${formatFieldTable(score)}`);
    expect(score.overall).toBeGreaterThanOrEqual(overallFloor);
    expect(full).toBeGreaterThanOrEqual(fullFloor);
  });
});
