import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../corpus';
import { labelledSet, scoreLabelledSet } from './webCorpusData';
import { formatFieldTable } from './webCorpusScore';

/**
 * Sets of real notices gathered from government pages and labelled by the web set's conventions
 * (test/fixtures/realNotices/README.md). Each has a floor: a change that reads them worse fails here.
 */
const FLOORS: Record<string, number> = { K: 0.99, L: 0.96, M: 0.97, N: 0.94 };

describe('the sets of real notices', () => {
  it.each(Object.entries(FLOORS))('set %s scores at or above its floor', (name, floor) => {
    const set = labelledSet(resolve(FIXTURES_DIR, 'realNotices', name));
    expect(set.names).toHaveLength(30);
    const score = scoreLabelledSet(set);
    console.log(`set ${name}\n${formatFieldTable(score)}`);
    expect(score.overall).toBeGreaterThanOrEqual(floor);
  });
});
