/**
 * Reads the 版头 and the lines above the body: 份号, 密级, 紧急程度, 发文机关标志, 文号, 签发人, 标题, 主送机关.
 * Any of them may be missing or in another order (a web page puts the title above the 文号).
 */
import { DOC_KINDS } from '../domain/notice';
import { findDocNumbers, type DocNumberMatch } from '../domain/docNumber';
import type { SourceLine } from './lines';
import { matchClauseMarker } from './clauseMarkers';
import { isOrgNameLine } from './lineKinds';
import { splitOrgList } from './unitNames';

export interface Header {
  copyNumber: string | null;
  secrecy: string | null;
  secrecyTerm: string | null;
  urgency: string | null;
  issuerMark: string | null;
  /** Issuers named by the 版头 (several for a joint notice). */
  markIssuers: string[];
  docNumber: DocNumberMatch | null;
  signers: string[];
  title: string | null;
  recipients: string[];
  /** Index of the first body line in the given lines. */
  bodyStart: number;
}

const HEADER_SCAN = 16;
const KIND_END = new RegExp(`(${DOC_KINDS.join('|')}|方案|办法|规定|细则|要点|计划)$`);

function recipientsLineIndex(lines: SourceLine[]): number {
  const limit = Math.min(lines.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const t = lines[i].text;
    if (/[。]/.test(t) && t.length > 40) return -1;
    if (/[：:]$/.test(t) && !/[。]/.test(t) && t.length <= 300 && !matchClauseMarker(t) && !/^(附件|抄送|签发人)/.test(t)) {
      return i;
    }
  }
  return -1;
}

function markIssuersOf(line: SourceLine): string[] {
  const name = line.rawText.replace(/\s*文\s*件\s*$/, '').trim();
  const parts = name.split(/\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => p.length >= 3)) return parts;
  return [name.replace(/\s+/g, '')];
}

export function parseHeader(lines: SourceLine[]): Header {
  const header: Header = {
    copyNumber: null, secrecy: null, secrecyTerm: null, urgency: null, issuerMark: null, markIssuers: [],
    docNumber: null, signers: [], title: null, recipients: [], bodyStart: 0,
  };
  const recipientsAt = recipientsLineIndex(lines);
  const titleParts: string[] = [];
  const pendingOrgLines: SourceLine[] = [];
  let lastHeaderLine = -1;
  const limit = recipientsAt >= 0 ? recipientsAt : Math.min(lines.length, HEADER_SCAN);

  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    const t = line.text;
    if (recipientsAt < 0 && (matchClauseMarker(t) || (t.length > 40 && /[。，,]/.test(t) && titleParts.length > 0))) break;
    if (recipientsAt < 0 && /[。]/.test(t)) break;
    const secrecy = /^(绝密|机密|秘密)\s*(★\s*(.+?))?(\s+(特急|加急))?$/.exec(t);
    if (/^(份号[：:]?\s*)?\d{6}$/.test(t)) header.copyNumber = t.replace(/\D/g, '');
    else if (secrecy) {
      header.secrecy = secrecy[1];
      header.secrecyTerm = secrecy[3]?.trim() ?? null;
      if (secrecy[5]) header.urgency = secrecy[5];
    } else if (/^(特急|加急)$/.test(t)) header.urgency = t;
    else if (/文件$/.test(t) && t.length <= 60 && !/关于/.test(t)) {
      const joint = pendingOrgLines.splice(0).map((l) => l.text);
      header.issuerMark = [...joint, t].join('');
      header.markIssuers = t === '文件' ? joint : [...joint, ...markIssuersOf(line)];
    } else if (findDocNumbers(line.rawText).length > 0 && t.length <= 80 && !/关于/.test(t)) {
      // The raw line keeps stray spaces (阳政发〔2025〕1 号) so the lint can report them.
      header.docNumber = findDocNumbers(line.rawText)[0];
      // Org-name lines right above the 文号 without 文件: the letter-format 版头 of a 函.
      if (pendingOrgLines.length > 0 && !header.issuerMark) {
        header.markIssuers = pendingOrgLines.map((l) => l.text);
        header.issuerMark = header.markIssuers.join('');
        pendingOrgLines.length = 0;
      }
      const signer = /签\s*发\s*人\s*[：:]\s*(.+)$/.exec(line.rawText);
      if (signer) header.signers.push(...signer[1].split(/[\s、，,]+/).filter(Boolean));
    } else if (/^签\s*发\s*人\s*[：:]/.test(t)) {
      header.signers.push(...line.rawText.replace(/^签\s*发\s*人\s*[：:]\s*/, '').split(/[\s、，,]+/).filter(Boolean));
    } else if (isOrgNameLine(t) && titleParts.length === 0 && !/^关于/.test(lines[i + 1]?.text ?? '')) {
      pendingOrgLines.push(line);
    } else {
      titleParts.push(...pendingOrgLines.splice(0).map((l) => l.text), t);
    }
    lastHeaderLine = i;
  }
  // Org-name lines never followed by 文件 or 关于 are a letter-format 版头 (函) or the title's first line.
  if (pendingOrgLines.length > 0 && !header.issuerMark && titleParts.length > 0) {
    header.issuerMark = pendingOrgLines.map((l) => l.text).join('');
    header.markIssuers = pendingOrgLines.map((l) => l.text);
  } else if (pendingOrgLines.length > 0) {
    titleParts.unshift(...pendingOrgLines.map((l) => l.text));
  }

  const title = titleParts.join('');
  header.title = title && (KIND_END.test(title) || /关于/.test(title)) ? title : title || null;
  if (recipientsAt >= 0) {
    // A recipients list wrapped over several lines: earlier title parts ending in ，/、 belong to it.
    let recipientsText = lines[recipientsAt].text;
    while (titleParts.length > 0 && /[，,、]$/.test(titleParts[titleParts.length - 1])) {
      recipientsText = titleParts.pop() + recipientsText;
      header.title = titleParts.join('') || null;
    }
    header.recipients = splitOrgList(recipientsText.replace(/[：:]$/, ''));
    header.bodyStart = recipientsAt + 1;
  } else {
    header.bodyStart = lastHeaderLine + 1;
  }
  return header;
}
