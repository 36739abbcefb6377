/**
 * Finding the archived notice a command names by its 文号. 阳政发 is the code of both 阳泉市 and 阳城县,
 * so a 文号 several issuers share needs --issuer; the error says so in Chinese and lists the issuers.
 */
import type { NoticeRef } from '../../../../shared/api/archiveContract';
import { CliError } from '../cliIo';
import type { ArchiveClient } from './archiveCore';

export async function resolveNotice(
  archive: ArchiveClient,
  reference: string,
  issuer: string | undefined,
  option: string,
  issuerOption = '--issuer',
): Promise<NoticeRef> {
  const found = (await archive.call('archive.find', { reference })).notices;
  if (found.length === 0)
    throw new CliError(`档案库中没有文号为“${reference}”的公文，请先导入（npm run cli -- import 文件 --db 档案库）。`);
  const matching = issuer ? found.filter((f) => f.issuer?.includes(issuer.trim()) || issuer.trim().includes(f.issuer ?? '\u0000')) : found;
  if (matching.length === 1) return matching[0];
  if (matching.length === 0) {
    throw new CliError(
      `文号“${reference}”的公文中没有发文机关为“${issuer}”的（有：${found.map((f) => f.issuer ?? '未识别').join('、')}）。`,
    );
  }
  throw new CliError(
    `文号“${reference}”对应 ${matching.length} 份公文（发文机关：${matching.map((f) => f.issuer ?? '未识别').join('、')}），请用 ${issuerOption} 指明发文机关，例如：${option} ${reference} ${issuerOption} ${matching[0].issuer ?? ''}`,
  );
}
