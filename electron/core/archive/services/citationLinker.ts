/**
 * Keeps citation links current: a notice's own citations are resolved when it is archived, and the
 * citations of other notices are re-resolved whenever a notice with their 文号 arrives, goes to the recycle
 * bin, comes back or is purged — so a link fills in when the upstream arrives later, and turns ambiguous
 * when a second issuer with the same 机关代字 appears. Runs inside the caller's unit of work.
 */
import type { ArchiveRepositories, CitationCandidate, CitationRow } from '../../store/archiveRepositories';
import { resolveCitation } from '../citationResolution';

type Tx = Pick<ArchiveRepositories, 'notices' | 'citations'>;

async function relink({ notices, citations }: Tx, rows: CitationRow[]): Promise<void> {
  // The rows relinked together mostly cite one 文号 of one 机关代字: each is read once (relinking writes neither).
  const candidatesOf = new Map<string, CitationCandidate[]>();
  const sharedAgencies = new Map<string, boolean>();
  for (const row of rows) {
    let all = candidatesOf.get(row.docNumber);
    if (!all) {
      all = await notices.citationCandidates(row.docNumber);
      candidatesOf.set(row.docNumber, all);
    }
    let agencyShared = false;
    if (row.agencyCode !== null) {
      const known = sharedAgencies.get(row.agencyCode);
      agencyShared = known ?? (await notices.issuerCountOfAgency(row.agencyCode)) > 1;
      sharedAgencies.set(row.agencyCode, agencyShared);
    }
    const resolution = resolveCitation({ title: row.title, candidates: all.filter((c) => c.id !== row.noticeId), agencyShared });
    if (resolution.state !== row.state || resolution.targetId !== row.targetId) {
      await citations.setState(row.id, resolution.state, resolution.targetId);
    }
  }
}

export const citationLinker = {
  /** After a notice was inserted (or came back from the recycle bin). */
  async noticeAdded(
    tx: Tx,
    noticeId: number,
    docNumber: string | null,
    agencyCode: string | null,
    agencyIssuersBefore: number,
  ): Promise<void> {
    await relink(tx, await tx.citations.ofNotice(noticeId));
    if (agencyCode !== null && agencyIssuersBefore <= 1 && (await tx.notices.issuerCountOfAgency(agencyCode)) > 1) {
      await relink(tx, await tx.citations.ofAgencyCode(agencyCode));
    } else if (docNumber !== null) {
      await relink(tx, await tx.citations.ofDocNumber(docNumber));
    }
  },

  /** After a notice left the live archive (recycle bin or purge). */
  async noticeRemoved(tx: Tx, agencyCode: string | null): Promise<void> {
    if (agencyCode !== null) await relink(tx, await tx.citations.ofAgencyCode(agencyCode));
  },
};
