import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../corpus';
import { labelledSet, scoreLabelledSet } from './webCorpusData';
import { formatFieldTable } from './webCorpusScore';

/**
 * Sets of real notices gathered from government pages and labelled by the web set's conventions
 * (test/fixtures/realNotices/README.md). Each has a floor: a change that reads them worse fails here.
 */
const SETS: Record<string, { notices: number; floor: number }> = {
  K: { notices: 30, floor: 0.99 },
  L: { notices: 30, floor: 0.98 },
  M: { notices: 30, floor: 0.97 },
  N: { notices: 30, floor: 0.96 },
  O: { notices: 25, floor: 0.89 },
  P: { notices: 25, floor: 0.98 },
  Q: { notices: 25, floor: 0.98 },
  R: { notices: 25, floor: 0.95 },
  S: { notices: 25, floor: 0.96 },
  T: { notices: 23, floor: 0.94 },
  U: { notices: 23, floor: 0.96 },
  V: { notices: 20, floor: 0.99 },
  W: { notices: 20, floor: 0.97 },
  X: { notices: 20, floor: 0.97 },
  Y: { notices: 20, floor: 0.98 },
  Z: { notices: 20, floor: 0.94 },
  AA: { notices: 20, floor: 0.97 },
  AB: { notices: 20, floor: 0.95 },
  AC: { notices: 20, floor: 0.93 },
  AD: { notices: 20, floor: 0.99 },
  AE: { notices: 17, floor: 0.99 },
  AF: { notices: 20, floor: 0.98 },
  AG: { notices: 20, floor: 0.97 },
  AH: { notices: 20, floor: 0.91 },
  AI: { notices: 20, floor: 0.96 },
  AJ: { notices: 20, floor: 0.96 },
  AK: { notices: 20, floor: 0.97 },
  AL: { notices: 16, floor: 0.99 },
  AM: { notices: 20, floor: 0.95 },
  AN: { notices: 19, floor: 0.95 },
  AO: { notices: 19, floor: 0.96 },
  AP: { notices: 22, floor: 0.97 },
  AQ: { notices: 20, floor: 0.98 },
  AR: { notices: 22, floor: 0.96 },
  AS: { notices: 20, floor: 0.97 },
  AT: { notices: 20, floor: 0.97 },
  AU: { notices: 23, floor: 0.96 },
  AV: { notices: 21, floor: 0.96 },
  AW: { notices: 19, floor: 0.95 },
  AX: { notices: 18, floor: 0.99 },
  AY: { notices: 18, floor: 0.99 },
  AZ: { notices: 16, floor: 0.97 },
  BA: { notices: 15, floor: 0.99 },
  BB: { notices: 20, floor: 0.97 },
  BC: { notices: 15, floor: 0.98 },
  BD: { notices: 16, floor: 0.96 },
  BE: { notices: 15, floor: 0.94 },
  BF: { notices: 9, floor: 0.99 },
  BG: { notices: 8, floor: 0.99 },
};

describe('the sets of real notices', () => {
  it.each(Object.entries(SETS))('set %s scores at or above its floor', (name, { notices, floor }) => {
    const set = labelledSet(resolve(FIXTURES_DIR, 'realNotices', name));
    expect(set.names).toHaveLength(notices);
    const score = scoreLabelledSet(set);
    console.log(`set ${name}\n${formatFieldTable(score)}`);
    expect(score.overall).toBeGreaterThanOrEqual(floor);
  });
});
