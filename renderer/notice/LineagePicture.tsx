/**
 * 引用关系 drawn as a picture: the notices this one cites on the left (上游), this notice in the
 * middle, the notices that cite it on the right (下游). Archived ones open on click; a cited 文号
 * not in the archive is dashed; one that matches several archived notices is marked ambiguous. Below,
 * each archived upstream notice's tasks with the clause and units of this notice that carry them.
 */
import type { LineageLink, NoticeRef } from '../../shared/api/archiveContract';
import type { Clause } from '../../shared/domain/notice';
import { href, navigate } from '../app/router';
import { LineageCarriers } from './LineageCarriers';

const W = 210;
const H = 48;
const GAP = 14;
const COL_GAP = 64;

interface Box {
  key: string;
  title: string;
  sub: string;
  kind: 'current' | 'link' | 'missing' | 'ambiguous';
  targetId: number | null;
}

const short = (text: string | null, max = 15) => (!text ? '（无标题）' : text.length > max ? `${text.slice(0, max)}…` : text);

function upstreamBox(link: LineageLink, index: number): Box {
  if (link.state === 'linked') {
    const target = link.candidates[0];
    return { key: `u${index}`, title: link.docNumber, sub: short(target?.title ?? link.title), kind: 'link', targetId: target?.id ?? null };
  }
  if (link.state === 'ambiguous') {
    return {
      key: `u${index}`,
      title: link.docNumber,
      sub: `有 ${link.candidates.length} 份同文号公文，无法确定`,
      kind: 'ambiguous',
      targetId: null,
    };
  }
  return { key: `u${index}`, title: link.docNumber, sub: `未存档 · ${short(link.title, 10)}`, kind: 'missing', targetId: null };
}

function downstreamBox(ref: NoticeRef, index: number): Box {
  return { key: `d${index}`, title: ref.docNumber ?? '（无文号）', sub: short(ref.title), kind: 'link', targetId: ref.id };
}

function BoxNode({ box, x, y }: { box: Box; x: number; y: number }) {
  const go = box.targetId !== null ? () => navigate(href(['notice', box.targetId!])) : undefined;
  return (
    <g
      className={`node ${box.kind}${go ? ' link' : ''}`}
      transform={`translate(${x},${y})`}
      onClick={go}
      onKeyDown={(event) => {
        if (go && (event.key === 'Enter' || event.key === ' ')) go();
      }}
      tabIndex={go ? 0 : undefined}
      role={go ? 'link' : undefined}
      aria-label={`${box.title} ${box.sub}`}
    >
      <rect width={W} height={H} rx={4} />
      <text x={10} y={20}>
        {box.title}
      </text>
      <text x={10} y={38} className="sub">
        {box.sub}
      </text>
    </g>
  );
}

interface LineagePictureProps {
  current: { docNumber: string | null; title: string | null };
  upstream: LineageLink[];
  downstream: NoticeRef[];
  /** This notice's clauses, to show which of them carry each upstream task. */
  clauses: Clause[];
  /** Units as written → the organizations they are (NoticeDetail.organizations). */
  organizations: Record<string, string>;
}

export function LineagePicture({ current, upstream, downstream, clauses, organizations }: LineagePictureProps) {
  const ups = upstream.map(upstreamBox);
  const downs = downstream.map(downstreamBox);
  const rows = Math.max(ups.length, downs.length, 1);
  const height = rows * (H + GAP) - GAP + 8;
  // Columns only for the sides that have notices, so a lone link is drawn at full size.
  const midX = ups.length > 0 ? W + COL_GAP : 0;
  const downX = midX + W + COL_GAP;
  const width = downs.length > 0 ? downX + W : midX + W;
  const yOf = (index: number, count: number) => 4 + (height - 8 - (count * (H + GAP) - GAP)) / 2 + index * (H + GAP);
  const centerY = (height - H) / 2;
  const mid: Box = { key: 'c', title: current.docNumber ?? '（无文号）', sub: short(current.title), kind: 'current', targetId: null };
  const curve = (x1: number, y1: number, x2: number, y2: number) =>
    `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`;

  return (
    <div className="lineage" data-testid="lineage">
      <div className="legend">
        <span>左：本文引用的文件（上游）</span>
        <span>右：引用本文的文件（下游）</span>
        <span>虚线框：尚未存档</span>
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label="引用关系图">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="#9fb0c3" stroke="none" />
          </marker>
        </defs>
        {ups.map((box, i) => (
          <path key={`p${box.key}`} d={curve(W, yOf(i, ups.length) + H / 2, midX, centerY + H / 2)} markerEnd="url(#arrow)" />
        ))}
        {downs.map((box, i) => (
          <path key={`p${box.key}`} d={curve(midX + W, centerY + H / 2, downX, yOf(i, downs.length) + H / 2)} markerEnd="url(#arrow)" />
        ))}
        {ups.map((box, i) => (
          <BoxNode key={box.key} box={box} x={0} y={yOf(i, ups.length)} />
        ))}
        <BoxNode box={mid} x={midX} y={centerY} />
        {downs.map((box, i) => (
          <BoxNode key={box.key} box={box} x={downX} y={yOf(i, downs.length)} />
        ))}
      </svg>
      {ups.length === 0 && downs.length === 0 ? <p className="muted">本文没有引用其他带文号的文件，也还没有被存档的文件引用。</p> : null}
      {upstream
        .filter((link) => link.state === 'ambiguous')
        .map((link) => (
          <p key={link.docNumber} className="small">
            {link.docNumber} 可能是：
            {link.candidates.map((c) => (
              <a key={c.id} href={href(['notice', c.id])}>
                {' '}
                {c.issuer ?? ''}《{short(c.title, 24)}》
              </a>
            ))}
          </p>
        ))}
      {upstream.flatMap((link) =>
        link.state === 'linked' && link.candidates[0] ? (
          <LineageCarriers
            key={link.docNumber}
            upstreamId={link.candidates[0].id}
            docNumber={link.docNumber}
            clauses={clauses}
            organizations={organizations}
          />
        ) : (
          []
        ),
      )}
    </div>
  );
}
