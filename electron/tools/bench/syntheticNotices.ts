/**
 * A synthetic archive built from the corpus for the benchmark and the reliability tests: each notice is a
 * corpus notice re-issued by another county or city, in another year, with another 文号, a random subset of
 * its level-2 clauses and sentences of its own with varied numbers — so notices differ the way a real
 * archive's do (same genre, overlapping phrasing, different details).
 */
import { parseNotice } from '../../../shared/parser/parseNotice';

const PLACES = [
  '大宁县',
  '吉县',
  '隰县',
  '汾西县',
  '蒲县',
  '乡宁县',
  '永和县',
  '阳城县',
  '沁水县',
  '陵川县',
  '泽州县',
  '高平市',
  '盂县',
  '平定县',
  '交城县',
  '文水县',
  '岚县',
  '静乐县',
  '平遥县',
  '祁县',
  '太谷区',
  '寿阳县',
  '昔阳县',
  '洪洞县',
  '左权县',
  '榆社县',
  '沁源县',
  '武乡县',
  '阳泉市',
  '晋城市',
  '临汾市',
  '吕梁市',
  '长治市',
  '晋中市',
  '忻州市',
  '朔州市',
];
const THINGS = ['隐患点', '应急避难场所', '消防站', '物资储备点', '监测站', '防火通道', '燃气管网', '危房', '尾矿库', '桥梁'];
const ACTIONS = ['排查整治', '改造提升', '巡查检查', '演练', '培训', '验收'];

/** A seeded pseudo-random source: the same seed gives the same archive. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Base {
  text: string;
  issuer: string;
  docNumberRaw: string;
  agencyTail: string;
  year: string;
}

const LEVEL2 = /^\s*[（(][一二三四五六七八九十]+[）)]/;

function baseOf(text: string): Base | null {
  const notice = parseNotice(text);
  if (!notice.issuer || !notice.docNumber?.agencyCode || !notice.docNumberRaw) return null;
  const agencyTail = notice.docNumber.agencyCode.slice(1);
  return { text, issuer: notice.issuer, docNumberRaw: notice.docNumberRaw, agencyTail, year: String(notice.docNumber.year) };
}

export interface SyntheticNotice {
  name: string;
  text: string;
}

export function* syntheticNotices(corpusTexts: string[], count: number, seed = 1): Generator<SyntheticNotice> {
  const bases = corpusTexts.map(baseOf).filter((b): b is Base => b !== null);
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const base = pick(bases);
    const place = pick(PLACES);
    const year = String(2012 + Math.floor(random() * 14));
    const level = place.endsWith('市') ? '市' : '县';
    const issuer = `${place}人民政府`;
    const docNumber = `${place[0]}${base.agencyTail}〔${year}〕${1 + Math.floor(random() * 180)}号`;
    const lines = base.text
      .split(base.docNumberRaw)
      .join(docNumber)
      .split(base.issuer)
      .join(issuer)
      .split(base.year)
      .join(year)
      .split('\n');
    const kept: string[] = [];
    let dropping = false;
    for (const line of lines) {
      if (LEVEL2.test(line)) dropping = random() < 0.35;
      if (dropping) continue;
      kept.push(line);
      if (LEVEL2.test(line) && random() < 0.5) {
        kept.push(
          `${year}年底前，全${level}完成${1 + Math.floor(random() * 300)}处${pick(THINGS)}${pick(ACTIONS)}，每季度至少开展${1 + Math.floor(random() * 9)}次督导。`,
        );
      }
    }
    yield { name: `${String(i + 1).padStart(5, '0')}-${place}-${year}.txt`, text: kept.join('\n') };
  }
}
