/**
 * 设置 over the core: 收文编号 pattern, 全宗号, backups (chosen by name from the backup folder's list,
 * never by a path from the UI) and 本机关.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MIME } from '../../../../shared/api/binary';
import { fail, ok, type ApiResult, type Handlers } from '../../../../shared/api/method';
import type { BackupInfo, settingsContract } from '../../../../shared/api/settingsContract';
import { formatRegistrationNumber } from '../../archive/registrationNumber';
import type { BackupFile } from '../../backup/backupService';
import type { Core } from '../../createCore';
import { readUnitListFile } from '../../units/unitListFile';

const NO_SUCH_BACKUP = '找不到这个备份文件，它可能已被自动清理。请刷新列表后重试。';

const info = ({ fileName, createdAt, size, kind }: BackupFile): BackupInfo => ({ fileName, createdAt, size, kind });

function example(pattern: string): { pattern: string; example: string } {
  return { pattern, example: formatRegistrationNumber(pattern, new Date().getFullYear(), 1) };
}

export function settingsHandlers(
  core: Core,
): Omit<Handlers<typeof settingsContract>, 'settings.getOrganization' | 'settings.saveOrganization'> {
  const { backup, registration, filing } = core;

  async function findBackup(fileName: string): Promise<BackupFile | undefined> {
    return (await backup.listBackups()).find((b) => b.fileName === fileName);
  }

  const restored = (result: ApiResult<unknown>): ApiResult<{ restored: true }> => (result.ok ? ok({ restored: true }) : fail(result.error));

  return {
    'settings.readUnitList': async ({ fileName, bytes }) => readUnitListFile(fileName, bytes),
    'settings.getRegistrationPattern': async () => ok(example((await registration.settings()).pattern)),
    'settings.setRegistrationPattern': async ({ pattern }) => {
      const saved = await registration.setPattern(pattern);
      return saved.ok ? ok(example(saved.value.pattern)) : saved;
    },
    'settings.getFonds': async () => ok(await filing.settings()),
    'settings.setFonds': async ({ fondsCode }) => filing.updateSettings({ fondsCode }),
    'backup.list': async () => {
      const backups = await backup.listBackups();
      return ok({ folder: backups[0] ? dirname(backups[0].path) : null, backups: backups.map(info) });
    },
    'backup.create': async () => {
      const made = await backup.autoBackup();
      return made.ok ? ok(info(made.value)) : made;
    },
    'backup.download': async ({ fileName }) => {
      const found = await findBackup(fileName);
      if (!found) return fail(NO_SUCH_BACKUP);
      return ok({ fileName: found.fileName, mime: MIME.sqlite, bytes: new Uint8Array(await readFile(found.path)) });
    },
    'backup.restore': async ({ fileName }) => {
      const found = await findBackup(fileName);
      return found ? restored(await backup.restoreFrom(found.path)) : fail(NO_SUCH_BACKUP);
    },
    // The upload is written aside under a partial name of the backup folder; restore checks it before replacing anything.
    'backup.restoreFromFile': async ({ bytes }) => restored(await backup.restoreFromBytes(bytes)),
  };
}
