/**
 * 公文校对 of localization: what a draft carried over from its upstream that is not true of this office.
 *   draft-not-superior    the upstream's issuer is not above the office (大宁县 is in 临汾, not 太原)
 *   draft-upstream-place  the upstream's own counties, townships or parks kept in the text (清徐、娄烦、古交)
 *   draft-upstream-figure counts, targets and amounts copied from the upstream (全县33座煤矿)
 *   draft-unknown-unit    a unit named in the office's jurisdiction that its directory (机构名录) lacks
 * Place names come from the divisions the host passes in; the checks themselves are plain text.
 */
import type { Finding } from '../domain/notice';
import type { Division, DivisionIndex } from '../units/divisions';
import { shortDivisionName } from '../units/divisions';
import { jurisdictionOf } from '../units/jurisdiction';
import { resolveUnit, unitDirectory, type DirectoryUnit } from '../units/resolveUnit';
import type { Draft } from './draft';
import { draftToText } from './draftAsNotice';
import { numberDraftClauses } from './draftRender';
import type { NoticeTemplate } from './templates';

export interface LocalizationCheck {
  index: DivisionIndex;
  organization: { name: string; units: DirectoryUnit[] };
  /** The upstream notice: its issuer, 机关代字 and full text; null for a draft of no upstream. */
  upstream: { issuer: string | null; agencyCode: string | null; text: string } | null;
}

/** Figures with what they count; a threshold (10人以上) or a length is a standard, not a local fact. */
const FIGURE =
  /\d+(?:\.\d+)?(?:[—-]\d+)?(?:座|个|家|处|起|名|人|万元|亿元|元|%|％|台|辆|所|条|项|次|吨|户|片区|亩|万人次)(?!以上|以下|以内|及以上)/g;
/** A named park or zone: two to four characters of its own name before the kind. */
const PARK = /[^\s是等和及的在各与或、，。；：（）“”《》\d]{2,4}(?:综合改革示范区|示范区|高新区|开发区|工业园区|产业园区|经济区)/g;

function clauseAt(draft: Draft, template: NoticeTemplate) {
  const lines = draftToText(draft, template).clauseLines;
  return numberDraftClauses(draft).map((numbered, i) => ({ numbered, line: lines[i] ?? 1, index: i }));
}

/** Names of the upstream's divisions that are not the office's own (nor above it). */
function foreignPlaces(upstream: Division, home: Division | null, index: DivisionIndex): string[] {
  const own = (d: Division) =>
    home !== null && (d.code === home.code || index.contains(d.code, home.code) || index.contains(home.code, d.code));
  const names = new Set<string>();
  for (const d of index.descendants(upstream.code)) {
    if (own(d)) continue;
    names.add(d.name);
    const short = d.level === 'county' ? shortDivisionName(d.name) : null;
    if (short && short.length >= 2) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

const excerptAround = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 6), at + length + 6);

export function localizationFindings(draft: Draft, template: NoticeTemplate, check: LocalizationCheck): Finding[] {
  const { index, organization, upstream } = check;
  const findings: Finding[] = [];
  const home = jurisdictionOf(organization.name, null, index);
  const from = upstream ? jurisdictionOf(upstream.issuer, upstream.agencyCode, index, home?.code ?? null) : null;
  const clauses = clauseAt(draft, template);

  if (home && from && from.code !== home.code && !index.contains(from.code, home.code)) {
    const above = index.lineage(home.code).slice(1, 2)[0];
    findings.push({
      rule: 'draft-not-superior',
      severity: 'warning',
      message: `来文机关（${from.name}）不是本机关（${home.name}）的上级${above ? `：${home.name}属${above.name}` : ''}，请核对是否应据此文起草。`,
    });
  }

  if (upstream && from) {
    const places = foreignPlaces(from, home, index);
    const parks = new Set([...upstream.text.matchAll(PARK)].map((m) => m[0]));
    const figures = new Set([...upstream.text.matchAll(FIGURE)].map((m) => m[0]));
    for (const { numbered, line, index: clauseIndex } of clauses) {
      const text = numbered.clause.text;
      const seen = new Set<string>();
      for (const name of [...places, ...parks]) {
        const at = text.indexOf(name);
        // A longer name already reported covers its short form (清徐县 / 清徐).
        if (at < 0 || [...seen].some((s) => s.includes(name))) continue;
        seen.add(name);
        findings.push({
          rule: 'draft-upstream-place',
          severity: 'warning',
          message: `条款“${numbered.path}”保留了${from.name}的地名“${name}”，请改为本地实际或删去。`,
          at: { line, excerpt: excerptAround(text, at, name.length), clauseIndex, clausePath: numbered.path },
        });
      }
      for (const match of text.matchAll(FIGURE)) {
        if (!figures.has(match[0])) continue;
        findings.push({
          rule: 'draft-upstream-figure',
          severity: 'warning',
          message: `条款“${numbered.path}”中“${excerptAround(text, match.index, match[0].length)}”沿用了${from.name}来文的数字，请改为本地实际数字或删去。`,
          at: { line, excerpt: excerptAround(text, match.index, match[0].length), clauseIndex, clausePath: numbered.path },
        });
      }
    }
  }

  if (home && organization.units.length > 0) {
    const directory = unitDirectory(organization.units, home, index);
    const reported = new Set<string>();
    for (const { numbered, line, index: clauseIndex } of clauses) {
      for (const unit of numbered.clause.units) {
        const resolved = resolveUnit(unit.name, { index, home, directory });
        if (resolved.kind !== 'unit' || resolved.jurisdiction?.code !== home.code || resolved.office === '人民政府') continue;
        if (directory.byKey.has(resolved.key) || reported.has(resolved.key)) continue;
        reported.add(resolved.key);
        findings.push({
          rule: 'draft-unknown-unit',
          severity: 'warning',
          message: `“${unit.name}”不在本机关机构名录中，请核对${home.name}是否设有该单位，或改为实际承担的单位。`,
          at: { line, excerpt: unit.name, clauseIndex, clausePath: numbered.path },
        });
      }
    }
  }
  return findings;
}
