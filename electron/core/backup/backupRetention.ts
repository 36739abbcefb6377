/**
 * Which automatic backups to keep, by age as well as by count: every backup of the last 7 days, the newest
 * of each week for 2 months, the newest of each month for 2 years. A count cap is a backstop that thins
 * the last 7 days first, so a burst of app starts can never push out the weekly and monthly history. The
 * newest backup is always kept, whatever the clock says. Pure: names and times in, names to remove out.
 */

export interface DatedBackup {
  fileName: string;
  takenAt: Date;
}

export interface RetentionPolicy {
  /** Keep every backup this many days old or newer. */
  allForDays: number;
  /** Then one a week up to this many months. */
  weeklyForMonths: number;
  /** Then one a month up to this many months. */
  monthlyForMonths: number;
  /** At most this many in all. */
  maxCount: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { allForDays: 7, weeklyForMonths: 2, monthlyForMonths: 24, maxCount: 60 };

const DAY_MS = 86_400_000;

function monthsBefore(now: Date, months: number): Date {
  return new Date(now.getFullYear(), now.getMonth() - months, now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds());
}

/** Local calendar week, starting on Monday: the key of the Monday. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return `w${monday.getFullYear()}-${monday.getMonth()}-${monday.getDate()}`;
}

function monthKey(d: Date): string {
  return `m${d.getFullYear()}-${d.getMonth()}`;
}

/** The file names to remove, given every automatic backup and the time now. */
export function backupsToRemove(backups: readonly DatedBackup[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const recentSince = now.getTime() - policy.allForDays * DAY_MS;
  const weeklySince = monthsBefore(now, policy.weeklyForMonths).getTime();
  const monthlySince = monthsBefore(now, policy.monthlyForMonths).getTime();
  const seenBuckets = new Set<string>();
  const recent: DatedBackup[] = [];
  const older: DatedBackup[] = [];
  const remove: string[] = [];
  newestFirst.forEach((backup, index) => {
    const at = backup.takenAt.getTime();
    if (index === 0 || at >= recentSince) {
      recent.push(backup);
      return;
    }
    const bucket = at >= weeklySince ? weekKey(backup.takenAt) : at >= monthlySince ? monthKey(backup.takenAt) : null;
    if (bucket !== null && !seenBuckets.has(bucket)) {
      seenBuckets.add(bucket);
      older.push(backup);
    } else {
      remove.push(backup.fileName);
    }
  });
  // The cap: drop from the last days first — a second backup of a day, then a day's last that is not its
  // week's (the week's last becomes the weekly one), oldest first — then the oldest of the rest; never the newest.
  const excess = recent.length + older.length - policy.maxCount;
  if (excess > 0) {
    const lastOf = (key: (d: Date) => string) => {
      const seen = new Set<string>();
      return new Set(recent.filter((b) => !seen.has(key(b.takenAt)) && seen.add(key(b.takenAt))).map((b) => b.fileName));
    };
    const lastOfDay = lastOf((d) => d.toDateString());
    const lastOfWeek = lastOf(weekKey);
    const rank = (b: DatedBackup) => (lastOfWeek.has(b.fileName) ? 2 : lastOfDay.has(b.fileName) ? 1 : 0);
    const thinned = recent
      .slice(1)
      .reverse()
      .sort((a, b) => rank(a) - rank(b));
    const candidates = [...thinned, ...older.reverse()];
    remove.push(...candidates.slice(0, excess).map((b) => b.fileName));
  }
  return remove;
}
