import { describe, expect, it } from 'vitest';
import { backupsToRemove, DEFAULT_RETENTION, type DatedBackup } from '../../../electron/core/backup/backupRetention';

const DAY = 86_400_000;

/** Simulates app starts: each start takes a backup and then rotates, as autoBackup does. */
function simulate(starts: Date[], policy = DEFAULT_RETENTION): { kept: DatedBackup[]; removedNewest: boolean } {
  let kept: DatedBackup[] = [];
  let removedNewest = false;
  starts.forEach((at, i) => {
    const made = { fileName: `b${String(i).padStart(5, '0')}`, takenAt: at };
    kept.push(made);
    const remove = new Set(backupsToRemove(kept, at, policy));
    if (remove.has(made.fileName)) removedNewest = true;
    kept = kept.filter((b) => !remove.has(b.fileName));
  });
  return { kept, removedNewest };
}

/** Every day from `from` for `days` days, `perDay` starts a day from 08:30. */
function dailyStarts(from: Date, days: number, perDay = 1): Date[] {
  const starts: Date[] = [];
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < perDay; k++) starts.push(new Date(from.getFullYear(), from.getMonth(), from.getDate() + d, 8 + k, 30));
  }
  return starts;
}

const weekOf = (d: Date) => {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return monday.toDateString();
};

describe('which automatic backups are kept', () => {
  it('over 30 months of daily starts keeps all of the last 7 days, one a week for 2 months, one a month for 2 years', () => {
    const starts = dailyStarts(new Date(2023, 0, 2), 30 * 30.5);
    const now = starts.at(-1)!;
    const { kept, removedNewest } = simulate(starts);
    expect(removedNewest).toBe(false);
    const age = (b: DatedBackup) => now.getTime() - b.takenAt.getTime();
    const twoMonthsAgo = new Date(now.getFullYear(), now.getMonth() - 2, now.getDate(), now.getHours(), now.getMinutes());
    const twoYearsAgo = new Date(now.getFullYear(), now.getMonth() - 24, now.getDate(), now.getHours(), now.getMinutes());

    // Every start of the last 7 days.
    const lastWeek = starts.filter((s) => now.getTime() - s.getTime() <= 7 * DAY);
    expect(kept.filter((b) => age(b) <= 7 * DAY).map((b) => b.takenAt)).toEqual(lastWeek);
    // Every week between 7 days and 2 months has one.
    const weeksWithStarts = new Set(starts.filter((s) => s >= twoMonthsAgo && now.getTime() - s.getTime() > 7 * DAY).map(weekOf));
    const weeksKept = new Set(kept.filter((b) => b.takenAt >= twoMonthsAgo).map((b) => weekOf(b.takenAt)));
    for (const week of weeksWithStarts) expect(weeksKept).toContain(week);
    // Every month between 2 months and 2 years has one; older ones are gone.
    const monthKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}`;
    const monthsWithStarts = new Set(starts.filter((s) => s >= twoYearsAgo && s < twoMonthsAgo).map(monthKey));
    const monthsKept = new Set(kept.map((b) => monthKey(b.takenAt)));
    for (const month of monthsWithStarts) expect(monthsKept).toContain(month);
    expect(kept.every((b) => b.takenAt >= twoYearsAgo)).toBe(true);
    // Thinned: about 7 + 8 + 22, far below one a day.
    expect(kept.length).toBeGreaterThanOrEqual(30);
    expect(kept.length).toBeLessThanOrEqual(45);
  });

  it('ten starts in one morning erase nothing older than one start would have', () => {
    const history = dailyStarts(new Date(2025, 0, 6), 90);
    const morning = Array.from({ length: 10 }, (_, i) => new Date(2025, 3, 7, 9, i));
    const older = (kept: DatedBackup[]) => kept.filter((b) => b.takenAt < morning[0]);
    expect(older(simulate([...history, ...morning]).kept)).toEqual(older(simulate([...history, morning[9]]).kept));
    expect(older(simulate([...history, ...morning]).kept).length).toBeGreaterThan(15);
  });

  it('thins the last 7 days first when over the count cap, and keeps the newest', () => {
    const policy = { ...DEFAULT_RETENTION, maxCount: 12 };
    const starts = [...dailyStarts(new Date(2025, 0, 6), 60), ...dailyStarts(new Date(2025, 2, 7), 3, 10)];
    const weekAgo = new Date(starts.at(-1)!.getTime() - 7 * DAY);
    const { kept, removedNewest } = simulate(starts, policy);
    const uncapped = simulate(starts, { ...policy, maxCount: 1000 }).kept;
    expect(removedNewest).toBe(false);
    expect(kept).toHaveLength(12);
    expect(kept.at(-1)!.takenAt).toEqual(starts.at(-1));
    // The weekly and monthly history survives the burst: only backups of the last 7 days were dropped.
    expect(kept.filter((b) => b.takenAt < weekAgo)).toEqual(uncapped.filter((b) => b.takenAt < weekAgo));
    expect(uncapped.length).toBeGreaterThan(30);
  });

  it('keeps the newest backup even when the clock was set back before it', () => {
    const backups = [
      { fileName: 'future', takenAt: new Date(2030, 0, 1) },
      { fileName: 'old', takenAt: new Date(2020, 0, 1) },
    ];
    expect(backupsToRemove(backups, new Date(2025, 0, 1))).toEqual(['old']);
    expect(backupsToRemove([{ fileName: 'only', takenAt: new Date(2000, 0, 1) }], new Date(2025, 0, 1))).toEqual([]);
  });
});
