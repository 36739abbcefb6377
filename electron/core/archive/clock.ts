/** Time as the archive records it: ISO timestamps for events, the clerk's local calendar day for dates. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function timestamp(clock: Clock): string {
  return clock().toISOString();
}

/** YYYY-MM-DD of the local day (a notice received at 08:00 in Beijing is received that day, not the day before in UTC). */
export function localDay(clock: Clock): string {
  const d = clock();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
