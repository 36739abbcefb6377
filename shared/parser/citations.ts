/**
 * Finds what the body cites: other documents by 文号 (with the 《title》 written next to it) and laws and
 * regulations named in 《》.
 */
import type { Citation } from '../domain/notice';
import { findDocNumbers, parseDocNumber, type DocNumberMatch } from '../domain/docNumber';

/** Names in 《》 that are laws, regulations or policy documents (not plays, books or slogans). */
const REGULATION =
  /(法|条例|规定|办法|细则|规则|标准|意见|通知|决定|方案|规划|纲要|汇编|指南|措施|制度|准则|目录|清单|决议|通告|公告|令|批复|函|要点|计划|导则|规范|规程|守则|章程)$/;
const TITLE_BEFORE = /《([^《》]{2,120})》\s*[（(〔]?\s*$/;
/**
 * A 文号 whose agency code a page dropped (`《…指导意见》[2011]85号`): only right after a 《title》 is a bare
 * bracketed year and number surely a 文号 (elsewhere it may be a count or a page's issue number).
 */
const BARE_AFTER_TITLE = /》\s*[（(]?\s*([〔［[【﹝(（]\s*(?:19|20)\d{2}\s*[〕］\]】﹞)）]\s*第?\s*\d{1,4}\s*[号號])/g;

/** findDocNumbers' matches and the bare ones after a 《title》, in text order. */
function citedNumbers(body: string): DocNumberMatch[] {
  const found = findDocNumbers(body);
  for (const m of body.matchAll(BARE_AFTER_TITLE)) {
    const index = m.index + m[0].length - m[1].length;
    if (found.some((f) => f.index <= index && index < f.index + f.raw.length)) continue;
    const parsed = parseDocNumber(m[1], true);
    if (parsed) found.push({ ...parsed, raw: m[1], index });
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface BodyCitations {
  citations: Citation[];
  laws: string[];
}

export function findCitations(body: string, ownDocNumber: string | null): BodyCitations {
  const citations: Citation[] = [];
  const titledSpans = new Set<string>();
  for (const match of citedNumbers(body)) {
    // An order's number (主席令〔2014〕第13号) numbers a 令, not a document that could be cited by 文号.
    if (match.docNumber.text === ownDocNumber || match.docNumber.agencyCode?.endsWith('令')) continue;
    const before = TITLE_BEFORE.exec(body.slice(Math.max(0, match.index - 130), match.index));
    const title = before ? before[1] : null;
    if (title) titledSpans.add(title);
    const existing = citations.find((c) => c.docNumber === match.docNumber.text);
    if (!existing) citations.push({ docNumber: match.docNumber.text, title });
    else if (!existing.title && title) existing.title = title;
  }
  const laws: string[] = [];
  for (const m of body.matchAll(/《([^《》]{2,120})》/g)) {
    const name = m[1].replace(/\s+/g, '');
    if (titledSpans.has(m[1]) || !REGULATION.test(name) || laws.includes(name)) continue;
    laws.push(name);
  }
  return { citations, laws };
}
