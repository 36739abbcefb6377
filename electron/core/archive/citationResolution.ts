/**
 * Deciding what a citation (a 文号 and maybe a 《title》) refers to in the archive. A 文号 alone does not
 * identify a notice — 阳政发 is the 机关代字 of both 阳泉市 and 阳城县 — so a citation is linked only when one
 * issuer's notice fits; otherwise it is ambiguous (shown with its candidates) or missing (not archived yet).
 */
import type { CitationCandidate, CitationState } from '../store/archiveRepositories';
import { foldForSearch } from './search/searchText';

export interface CitationResolution {
  state: CitationState;
  targetId: number | null;
}

export interface ResolutionInput {
  title: string | null;
  /** Live notices with the cited 文号, oldest first, the citing notice excluded. */
  candidates: CitationCandidate[];
  /** Whether the archive holds notices of more than one issuer with this 机关代字. */
  agencyShared: boolean;
}

/** The cited title names its issuer ("阳泉市人民政府关于…"): keep the candidates whose issuer it names. */
function namedInTitle(title: string | null, candidates: CitationCandidate[]): CitationCandidate[] {
  if (!title) return [];
  const folded = foldForSearch(title);
  return candidates.filter((c) => c.issuerKey !== null && folded.includes(c.issuerKey));
}

/** Candidates whose title ends with the cited title (citations usually drop the issuer prefix). */
function titleFits(title: string | null, candidates: CitationCandidate[]): CitationCandidate[] {
  if (!title) return candidates;
  const folded = foldForSearch(title).replace(/^《|》$/g, '');
  const fitting = candidates.filter((c) => c.title !== null && foldForSearch(c.title).endsWith(folded));
  return fitting.length > 0 ? fitting : candidates;
}

export function resolveCitation(input: ResolutionInput): CitationResolution {
  if (input.candidates.length === 0) return { state: 'missing', targetId: null };
  const named = namedInTitle(input.title, input.candidates);
  const pool = named.length > 0 ? named : titleFits(input.title, input.candidates);
  const issuers = new Set(pool.map((c) => c.issuerKey));
  // Several issuers, or one issuer of a 机关代字 that another issuer also uses, and nothing in the citation
  // naming the issuer: the clerk decides.
  if (issuers.size > 1 || (input.agencyShared && named.length === 0)) return { state: 'ambiguous', targetId: null };
  // One issuer: its first archived notice (later ones with the same 文号 are possible duplicates of it).
  return { state: 'linked', targetId: pool[0].id };
}
