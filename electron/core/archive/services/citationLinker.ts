/**
 * Keeps citation links current: a notice's own citations are resolved when it is archived, and the
 * citations of other notices are re-resolved whenever a notice with their 文号 arrives, goes to the recycle
 * bin, comes back or is purged — so a link fills in when the upstream arrives later, and turns ambiguous
 * when a second issuer with the same 机关代字 appears.
 */
import type { ArchiveContext } from '../archiveContext';
import { resolveCitation } from '../citationResolution';
import type { CitationRow } from '../repositories/citationRepo';

export function citationLinker({ repos }: ArchiveContext) {
  const { notices, citations } = repos;

  function relink(rows: CitationRow[]): void {
    for (const row of rows) {
      const resolution = resolveCitation({
        title: row.title,
        candidates: notices.citationCandidates(row.docNumber).filter((c) => c.id !== row.noticeId),
        agencyShared: row.agencyCode !== null && notices.issuerCountOfAgency(row.agencyCode) > 1,
      });
      if (resolution.state !== row.state || resolution.targetId !== row.targetId) {
        citations.setState(row.id, resolution.state, resolution.targetId);
      }
    }
  }

  return {
    /** After a notice was inserted (or came back from the recycle bin). */
    noticeAdded(noticeId: number, docNumber: string | null, agencyCode: string | null, agencyIssuersBefore: number): void {
      relink(citations.ofNotice(noticeId));
      if (agencyCode !== null && agencyIssuersBefore <= 1 && notices.issuerCountOfAgency(agencyCode) > 1) {
        relink(citations.ofAgencyCode(agencyCode));
      } else if (docNumber !== null) {
        relink(citations.ofDocNumber(docNumber));
      }
    },
    /** After a notice left the live archive (recycle bin or purge). */
    noticeRemoved(agencyCode: string | null): void {
      if (agencyCode !== null) relink(citations.ofAgencyCode(agencyCode));
    },
  };
}

export type CitationLinker = ReturnType<typeof citationLinker>;
