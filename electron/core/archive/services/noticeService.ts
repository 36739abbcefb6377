/**
 * Archived notices as the clerk sees them: the register's rows, one notice with everything known about it
 * (structure, original text and file, lint findings, registration, filing, lineage both ways, possible
 * duplicates), the decision on a possible duplicate, the recycle bin (delete is soft; only purge removes)
 * and each notice's history.
 */
import { extname } from 'node:path';
import type {
  DeletedNotice,
  HistoryEntry,
  LineageLink,
  NoticeDetail,
  NoticeRef,
  NoticeRow,
  RegisterCursor,
  Registration,
} from '../../../../shared/api/archiveContract';
import { MIME, type FilePayload } from '../../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { parseDocNumber } from '../../../../shared/domain/docNumber';
import { lintNotice } from '../../../../shared/lint/lint';
import type { ArchiveContext } from '../archiveContext';
import { timestamp } from '../clock';
import { toHistoryEntry } from '../history';
import { decodeParsed } from '../parsedRecord';
import type { ArchiveRepositories } from '../../store/archiveRepositories';
import { indexTokensOf } from '../search/searchTokens';
import { searchSegmentsOf } from '../search/searchText';
import { citationLinker } from './citationLinker';
import { toFiling } from './filingService';

const NOT_FOUND = '找不到这份公文，它可能已被彻底删除。';

const EMPTY_REGISTRATION: Registration = {
  registrationNumber: null,
  sender: null,
  receivedDate: null,
  copies: null,
  secrecy: null,
  urgency: null,
  dueDate: null,
  handler: null,
  proposal: null,
  status: 'pending',
  outcome: null,
  note: null,
};

const MIME_OF: Record<string, string> = { '.docx': MIME.docx, '.pdf': 'application/pdf', '.txt': MIME.text };

async function upstream(
  { notices, citations }: Pick<ArchiveRepositories, 'notices' | 'citations'>,
  noticeId: number,
): Promise<LineageLink[]> {
  const links: LineageLink[] = [];
  for (const c of await citations.ofNotice(noticeId)) {
    let candidates: NoticeRef[] = [];
    if (c.state === 'linked' && c.targetId !== null) candidates = [(await notices.ref(c.targetId))!];
    else if (c.state === 'ambiguous') candidates = (await notices.byDocNumber(c.docNumber)).filter((r) => r.id !== noticeId);
    links.push({ docNumber: c.docNumber, title: c.title, state: c.state, candidates });
  }
  return links;
}

export function noticeService(ctx: ArchiveContext) {
  const { store, clock } = ctx;

  const moveToBin = (id: number, action: 'delete' | 'purge'): Promise<ApiResult<{ id: number }>> =>
    store.write(async (tx): Promise<ApiResult<{ id: number }>> => {
      const notice = await tx.notices.get(id);
      if (!notice) return fail(NOT_FOUND);
      const at = timestamp(clock);
      if (action === 'delete') {
        if (notice.deletedAt) return ok({ id });
        await tx.notices.setDeleted(id, at);
        await tx.searchIndex.remove(id);
        await tx.audit.record({ at, noticeId: id, action: 'delete', field: null, before: null, after: null });
      } else {
        if (!notice.deletedAt) return fail('只能彻底删除回收站中的公文，请先删除到回收站。');
        await tx.audit.record({ at, noticeId: id, action: 'purge', field: null, before: notice.docNumber ?? notice.title, after: null });
        await tx.notices.purge(id);
      }
      await citationLinker.noticeRemoved(tx, notice.agencyCode);
      return ok({ id });
    });

  return {
    listNotices: (limit?: number, after?: RegisterCursor): Promise<{ rows: NoticeRow[]; total: number }> =>
      store.read(async (tx) => ({ rows: await tx.register.rows(limit, after), total: await tx.register.count() })),

    getNotice: (id: number): Promise<ApiResult<NoticeDetail>> =>
      store.read(async (tx): Promise<ApiResult<NoticeDetail>> => {
        const record = await tx.notices.get(id);
        if (!record) return fail(NOT_FOUND);
        const notice = decodeParsed(record.parsed, record.originalText);
        const file = await tx.notices.getFile(id);
        const filed = await tx.filings.get(id);
        return ok({
          id,
          notice,
          originalText: record.originalText,
          sourceFile: file ? { fileName: file.fileName, size: file.size } : null,
          importedAt: record.importedAt,
          findings: [...notice.findings, ...lintNotice(notice)],
          registration: (await tx.registrations.get(id)) ?? EMPTY_REGISTRATION,
          filing: filed ? toFiling(filed) : null,
          lineage: { upstream: await upstream(tx, id), downstream: await tx.citations.citing(id) },
          duplicates: record.docNumber ? await tx.notices.sameIdentity(id, record.issuerKey, record.docNumber) : [],
          organizations: Object.fromEntries((await tx.units.organizationsOf(id)).map((o) => [o.written, o.organization])),
        });
      }),

    /** Notices by id, or by 文号 as a clerk types it (several issuers may share one). */
    find: (reference: string): Promise<NoticeRef[]> =>
      store.read(async (tx) => {
        const trimmed = reference.trim();
        if (/^\d+$/.test(trimmed)) {
          const ref = await tx.notices.ref(Number(trimmed));
          return ref ? [ref] : [];
        }
        const parsed = parseDocNumber(trimmed);
        return parsed ? tx.notices.byDocNumber(parsed.docNumber.text) : [];
      }),

    originalFile: (id: number): Promise<ApiResult<FilePayload>> =>
      store.read(async (tx): Promise<ApiResult<FilePayload>> => {
        const record = await tx.notices.get(id);
        if (!record) return fail(NOT_FOUND);
        const file = await tx.notices.getFile(id);
        if (!file) {
          const name = record.docNumber ?? record.title ?? `公文${id}`;
          return ok({ fileName: `${name}.txt`, mime: MIME.text, bytes: Buffer.from(record.originalText, 'utf8') });
        }
        const bytes = file.bytes ?? Buffer.from(record.originalText, 'utf8');
        return ok({
          fileName: file.fileName,
          mime: MIME_OF[extname(file.fileName).toLowerCase()] ?? MIME.octet,
          bytes: new Uint8Array(bytes),
        });
      }),

    /** A possible duplicate: keep both (the flag goes away) or discard this one (to the recycle bin). */
    resolveDuplicate(id: number, decision: 'keep' | 'discard'): Promise<ApiResult<{ id: number }>> {
      if (decision === 'discard') return moveToBin(id, 'delete');
      return store.write(async (tx): Promise<ApiResult<{ id: number }>> => {
        const record = await tx.notices.get(id);
        if (!record) return fail(NOT_FOUND);
        if (record.possibleDuplicate) {
          await tx.notices.setPossibleDuplicate(id, false);
          await tx.audit.record({ at: timestamp(clock), noticeId: id, action: 'keep-duplicate', field: null, before: null, after: null });
        }
        return ok({ id });
      });
    },

    delete: (id: number) => moveToBin(id, 'delete'),

    listDeleted: (): Promise<{ notices: DeletedNotice[] }> => store.read(async (tx) => ({ notices: await tx.notices.listDeleted() })),

    restore: (id: number): Promise<ApiResult<{ id: number }>> =>
      store.write(async (tx): Promise<ApiResult<{ id: number }>> => {
        const record = await tx.notices.get(id);
        if (!record) return fail(NOT_FOUND);
        if (!record.deletedAt) return ok({ id });
        const agencyIssuersBefore = record.agencyCode ? await tx.notices.issuerCountOfAgency(record.agencyCode) : 0;
        await tx.notices.setDeleted(id, null);
        await tx.searchIndex.index(id, indexTokensOf(searchSegmentsOf(record)));
        await citationLinker.noticeAdded(tx, id, record.docNumber, record.agencyCode, agencyIssuersBefore);
        await tx.audit.record({ at: timestamp(clock), noticeId: id, action: 'restore', field: null, before: null, after: null });
        return ok({ id });
      }),

    purge: (id: number) => moveToBin(id, 'purge'),

    history: (id: number): Promise<ApiResult<{ entries: HistoryEntry[] }>> =>
      store.read(async (tx) => ok({ entries: (await tx.audit.ofNotice(id)).map(toHistoryEntry) })),
  };
}

export type NoticeService = ReturnType<typeof noticeService>;
