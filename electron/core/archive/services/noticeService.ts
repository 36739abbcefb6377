/**
 * Archived notices as the clerk sees them: the register's rows, one notice with everything known about it
 * (structure, original text and file, lint findings, registration, filing, lineage both ways, possible
 * duplicates), the decision on a possible duplicate, the recycle bin (delete is soft; only purge removes)
 * and each notice's history.
 */
import { extname } from 'node:path';
import type { DeletedNotice, HistoryEntry, LineageLink, NoticeDetail, NoticeRef, NoticeRow, Registration } from '../../../../shared/api/archiveContract';
import { MIME, type FilePayload } from '../../../../shared/api/binary';
import { fail, ok, type ApiResult } from '../../../../shared/api/method';
import { parseDocNumber } from '../../../../shared/domain/docNumber';
import { lintNotice } from '../../../../shared/lint/lint';
import type { ArchiveContext } from '../archiveContext';
import { timestamp } from '../clock';
import { toHistoryEntry } from '../history';
import { decodeParsed } from '../parsedRecord';
import { tokensOf } from '../repositories/searchIndexRepo';
import { searchSegmentsOf } from '../search/searchText';
import type { CitationLinker } from './citationLinker';
import type { FilingService } from './filingService';

const NOT_FOUND = '找不到这份公文，它可能已被彻底删除。';

const EMPTY_REGISTRATION: Registration = {
  registrationNumber: null, sender: null, receivedDate: null, copies: null, secrecy: null, urgency: null, dueDate: null,
  handler: null, proposal: null, status: 'pending', outcome: null, note: null,
};

const MIME_OF: Record<string, string> = { '.docx': MIME.docx, '.pdf': 'application/pdf', '.txt': MIME.text };

export function noticeService(ctx: ArchiveContext, linker: CitationLinker, filing: FilingService) {
  const { db, repos, clock } = ctx;
  const { notices, citations, registrations, register, searchIndex, audit } = repos;

  function upstream(noticeId: number): LineageLink[] {
    return citations.ofNotice(noticeId).map((c) => {
      let candidates: NoticeRef[] = [];
      if (c.state === 'linked' && c.targetId !== null) candidates = [notices.ref(c.targetId)!];
      else if (c.state === 'ambiguous') candidates = notices.byDocNumber(c.docNumber).filter((r) => r.id !== noticeId);
      return { docNumber: c.docNumber, title: c.title, state: c.state, candidates };
    });
  }

  const moveToBin = (id: number, action: 'delete' | 'purge'): ApiResult<{ id: number }> =>
    db.transaction((): ApiResult<{ id: number }> => {
      const notice = notices.get(id);
      if (!notice) return fail(NOT_FOUND);
      const at = timestamp(clock);
      if (action === 'delete') {
        if (notice.deletedAt) return ok({ id });
        notices.setDeleted(id, at);
        searchIndex.remove(id);
        audit.record({ at, noticeId: id, action: 'delete', field: null, before: null, after: null });
      } else {
        if (!notice.deletedAt) return fail('只能彻底删除回收站中的公文，请先删除到回收站。');
        audit.record({ at, noticeId: id, action: 'purge', field: null, before: notice.docNumber ?? notice.title, after: null });
        notices.purge(id);
      }
      linker.noticeRemoved(notice.agencyCode);
      return ok({ id });
    }).immediate();

  return {
    listNotices: (limit?: number): { rows: NoticeRow[]; total: number } => ({ rows: register.rows(limit), total: register.count() }),

    getNotice(id: number): ApiResult<NoticeDetail> {
      const record = notices.get(id);
      if (!record) return fail(NOT_FOUND);
      const notice = decodeParsed(record.parsed);
      const file = notices.getFile(id);
      return ok({
        id,
        notice,
        originalText: record.originalText,
        sourceFile: file ? { fileName: file.fileName, size: file.size } : null,
        importedAt: record.importedAt,
        findings: [...notice.findings, ...lintNotice(notice)],
        registration: registrations.get(id) ?? EMPTY_REGISTRATION,
        filing: filing.get(id),
        lineage: { upstream: upstream(id), downstream: citations.citing(id) },
        duplicates: record.docNumber ? notices.sameIdentity(id, record.issuerKey, record.docNumber) : [],
      });
    },

    /** Notices by id, or by 文号 as a clerk types it (several issuers may share one). */
    find(reference: string): NoticeRef[] {
      const trimmed = reference.trim();
      if (/^\d+$/.test(trimmed)) {
        const ref = notices.ref(Number(trimmed));
        return ref ? [ref] : [];
      }
      const parsed = parseDocNumber(trimmed);
      return parsed ? notices.byDocNumber(parsed.docNumber.text) : [];
    },

    originalFile(id: number): ApiResult<FilePayload> {
      const record = notices.get(id);
      if (!record) return fail(NOT_FOUND);
      const file = notices.getFile(id);
      if (!file) {
        const name = record.docNumber ?? record.title ?? `公文${id}`;
        return ok({ fileName: `${name}.txt`, mime: MIME.text, bytes: Buffer.from(record.originalText, 'utf8') });
      }
      const bytes = file.bytes ?? Buffer.from(record.originalText, 'utf8');
      return ok({ fileName: file.fileName, mime: MIME_OF[extname(file.fileName).toLowerCase()] ?? MIME.octet, bytes: new Uint8Array(bytes) });
    },

    /** A possible duplicate: keep both (the flag goes away) or discard this one (to the recycle bin). */
    resolveDuplicate(id: number, decision: 'keep' | 'discard'): ApiResult<{ id: number }> {
      if (decision === 'discard') return moveToBin(id, 'delete');
      return db.transaction((): ApiResult<{ id: number }> => {
        const record = notices.get(id);
        if (!record) return fail(NOT_FOUND);
        if (record.possibleDuplicate) {
          notices.setPossibleDuplicate(id, false);
          audit.record({ at: timestamp(clock), noticeId: id, action: 'keep-duplicate', field: null, before: null, after: null });
        }
        return ok({ id });
      }).immediate();
    },

    delete: (id: number) => moveToBin(id, 'delete'),

    listDeleted: (): { notices: DeletedNotice[] } => ({ notices: notices.listDeleted() }),

    restore: (id: number): ApiResult<{ id: number }> =>
      db.transaction((): ApiResult<{ id: number }> => {
        const record = notices.get(id);
        if (!record) return fail(NOT_FOUND);
        if (!record.deletedAt) return ok({ id });
        const agencyIssuersBefore = record.agencyCode ? notices.issuerCountOfAgency(record.agencyCode) : 0;
        notices.setDeleted(id, null);
        searchIndex.index(id, tokensOf(searchSegmentsOf(record)));
        linker.noticeAdded(id, record.docNumber, record.agencyCode, agencyIssuersBefore);
        audit.record({ at: timestamp(clock), noticeId: id, action: 'restore', field: null, before: null, after: null });
        return ok({ id });
      }).immediate(),

    purge: (id: number) => moveToBin(id, 'purge'),

    history: (id: number): ApiResult<{ entries: HistoryEntry[] }> => ok({ entries: audit.ofNotice(id).map(toHistoryEntry) }),
  };
}

export type NoticeService = ReturnType<typeof noticeService>;
