import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS, FIRST_BACKUP_DELAY_MS, scheduleAutomaticBackups } from '../../../electron/core/backup/backupSchedule';
import { fail, ok } from '../../../shared/api/method';

describe('the automatic backup schedule every host runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('backs up shortly after start, then once a day, until stopped', async () => {
    const create = vi.fn(async () => ok({}));
    const stop = scheduleAutomaticBackups(create);
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_DELAY_MS - 1);
    expect(create).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(create).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS * 2);
    expect(create).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS * 2);
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('says in Chinese why a backup failed and keeps the schedule', async () => {
    const told: string[] = [];
    const create = vi
      .fn()
      .mockResolvedValueOnce(fail('磁盘已满。'))
      .mockRejectedValueOnce(new Error('core gone'))
      .mockResolvedValue(ok({}));
    const stop = scheduleAutomaticBackups(create, { firstDelayMs: 0, intervalMs: 1000, onFailure: (m) => told.push(m) });
    await vi.advanceTimersByTimeAsync(2000);
    expect(told).toEqual(['自动备份失败：磁盘已满。', '自动备份失败：core gone']);
    expect(create).toHaveBeenCalledTimes(3);
    stop();
  });

  it('does not start before it is due when stopped at once', async () => {
    const create = vi.fn(async () => ok({}));
    scheduleAutomaticBackups(create)();
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_DELAY_MS * 2);
    expect(create).not.toHaveBeenCalled();
  });
});
