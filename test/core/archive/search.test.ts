import { join } from 'node:path';
import type { ApiResult } from '../../../shared/api/method';
import type { SearchHit } from '../../../shared/api/searchContract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api/createApi';
import { readQuery } from '../../../electron/core/archive/search/searchQuery';
import { foldForSearch, searchSegmentsOf, segmentsContain } from '../../../electron/core/archive/search/searchText';
import { searchIndexRepo } from '../../../electron/core/store/sqlite/searchIndexRepo';
import { snippetText } from '../../../electron/core/archive/search/snippet';
import { CORPUS_FILES, FIXTURES_DIR } from '../../corpus';
import { noticeText, tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
/** Every archived notice with the segments search covers, for the brute-force reference scan. */
let archived: { id: number; signedDate: string | null; segments: ReturnType<typeof searchSegmentsOf> }[];

/** A small deterministic random source, so a failing query can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

async function search(query: string, filters = {}) {
  return value(await t.core.search.query({ query, filters, limit: 500 }));
}

function bruteForce(query: string): number[] {
  const { terms } = readQuery(query);
  return archived
    .filter((n) => segmentsContain(n.segments, terms))
    .map((n) => n.id)
    .sort((a, b) => a - b);
}

/** A search as a host asks for it: through the contract's dispatcher, with the query as typed. */
async function searchViaContract(query: string) {
  const result = await createApi(t.core)('search.query', { query });
  return value(result as ApiResult<{ total: number; hits: SearchHit[]; note?: string }>);
}

const ids = (result: { hits: { noticeId: number }[] }) => result.hits.map((h) => h.noticeId).sort((a, b) => a - b);

beforeAll(async () => {
  t = tempCore();
  await t.core.archive.importPaths([...CORPUS_FILES, join(FIXTURES_DIR, 'notices')]);
  await t.core.archive.importText({
    fileName: '燃气.txt',
    text: noticeText({
      issuer: '大宁县人民政府办公室',
      docNumber: '大政办发〔2025〕7号',
      title: '大宁县人民政府办公室关于加强燃气安全管理的通知',
      clauses: [
        '一、开展全面排查。对餐饮场所逐户检查。（县住建局牵头，各乡镇人民政府负责）',
        '二、严格执法。依法查处违法行为。（县市场监管局负责）',
      ],
      date: '2025年5月6日',
    }),
  });
  await t.core.archive.importText({
    fileName: '括号文号.txt',
    text: noticeText({
      issuer: '吉县人民政府',
      docNumber: '吉政发[2024]3号',
      title: '吉县人民政府关于印发ＡＢＣ工作方案的通知',
      clauses: ['一、明确任务(一)落实责任。（县发改局负责）'],
      date: '2024年2月1日',
    }),
  });
  archived = [];
  for (const row of (await t.core.archive.listNotices()).rows) {
    const detail = value(await t.core.archive.getNotice(row.id));
    archived.push({
      id: row.id,
      signedDate: row.signedDate,
      segments: searchSegmentsOf({ title: row.title, docNumber: row.docNumber, originalText: detail.originalText }),
    });
  }
});
afterAll(() => t.dispose());

describe('search', () => {
  it('finds a two-character word and says which clause it is in, with the hit marked', async () => {
    const result = await search('燃气');
    expect(result.total).toBe(bruteForce('燃气').length);
    const taiyuan = result.hits.find((h) => h.docNumber === '并政发〔2025〕1号')!;
    expect(taiyuan.clause).toEqual({ number: '十', path: '三/十', heading: '着力推进安全生产治本攻坚' });
    expect(snippetText(taiyuan.snippet)).toContain('【燃气】');
  });

  it('ranks notices with the word in their title above notices that only mention it', async () => {
    const inTitle = (await search('燃气')).hits.map((h) => Boolean(h.title?.includes('燃气')));
    expect(inTitle.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));
  });

  it('serves one-character queries', async () => {
    expect(ids(await search('雷'))).toEqual(bruteForce('雷'));
    expect((await search('雷')).total).toBeGreaterThan(0);
  });

  it('requires every space-separated term (a two-term query)', async () => {
    const both = await search('燃气 地震');
    expect(ids(both)).toEqual(bruteForce('燃气 地震'));
    expect(both.total).toBeLessThan((await search('燃气')).total);
  });

  it('matches across full/half width, spaces and line breaks inside the text', async () => {
    expect((await search('2025年安全生产工作的通知')).hits.map((h) => h.docNumber)).toContain('阳政发〔2025〕1号');
    expect((await search('ABC')).hits.map((h) => h.docNumber)).toEqual(['吉政发〔2024〕3号']);
    expect((await search('（一）落实责任')).total).toBe(1);
  });

  it('finds a notice by its normalized 文号 even when the text writes it with the wrong brackets', async () => {
    expect((await search('吉政发〔2024〕3号')).hits.map((h) => h.title)).toEqual(['吉县人民政府关于印发ＡＢＣ工作方案的通知']);
  });

  it('finds a 文号 typed with any brackets, spaces, a two-digit year, 第 or no 号, and says how it read it', async () => {
    for (const typed of [
      '吉政发[2024]3号',
      '吉政发(2024)3',
      '吉政发【2024】3号',
      '吉政发［2024］3号',
      '吉政发（2024）第3号',
      '吉政发﹝24﹞3号',
      '吉政发 〔2024〕 3 号',
      '吉政发 [2024] 3',
    ]) {
      const result = await searchViaContract(typed);
      const note = typed.replace(/\s/g, '') === '吉政发〔2024〕3号' ? undefined : '文号按规范写法检索：吉政发〔2024〕3号';
      expect({ typed, found: result.hits.map((h) => h.docNumber), note: result.note }).toEqual({
        typed,
        found: ['吉政发〔2024〕3号'],
        note,
      });
    }
    const withWord = await searchViaContract('ABC 吉政发 (2024) 3号');
    expect(withWord.hits.map((h) => h.docNumber)).toEqual(['吉政发〔2024〕3号']);
    expect((await searchViaContract('〔2024〕3号')).hits.map((h) => h.docNumber)).toContain('吉政发〔2024〕3号');
    expect((await searchViaContract('燃气')).note).toBeUndefined();
  });

  it('ignores quotes and OR, searches every word, and says so', async () => {
    const plain = ids(await searchViaContract('燃气 地震'));
    expect(plain.length).toBeGreaterThan(0);
    for (const [typed, note] of [
      ['"燃气" "地震"', '已忽略引号：检索结果包含全部词语'],
      ['“燃气”‘地震’', '已忽略引号：检索结果包含全部词语'],
      ['燃气 OR 地震', '已忽略 OR：检索结果包含全部词语'],
      ['燃气 or 地震', '已忽略 OR：检索结果包含全部词语'],
      ['燃气 | 地震', '已忽略 OR：检索结果包含全部词语'],
      ['"燃气" OR 地震', '已忽略引号和 OR：检索结果包含全部词语'],
    ]) {
      const result = await searchViaContract(typed);
      expect({ typed, ids: ids(result), note: result.note }).toEqual({ typed, ids: plain, note });
    }
  });

  it('has 100% recall and no false hits against a brute-force substring scan on 400 random queries', async () => {
    const next = random(20250506);
    const texts = archived.map((n) => foldForSearch(n.segments.body));
    const draw = (length: number) => {
      const text = texts[Math.floor(next() * texts.length)];
      const start = Math.floor(next() * Math.max(1, text.length - length));
      return text.slice(start, start + length);
    };
    for (let i = 0; i < 400; i++) {
      const kind = i % 5;
      const query = kind === 4 ? `${draw(2)} ${draw(3)}` : draw([1, 2, 4, 8][kind]);
      const result = await search(query);
      expect({ query, ids: ids(result), total: result.total }).toEqual({ query, ids: bruteForce(query), total: bruteForce(query).length });
    }
  });

  it('puts title or 文号 hits first and then the rest: counted, each by 成文日期 newest first; past the cap, newest archived', async () => {
    const titled = new Set(archived.filter((n) => n.segments.head.some((h) => h.includes('安全'))).map((n) => n.id));
    expect(titled.size).toBeGreaterThanOrEqual(2);
    const dates = new Map(archived.map((n) => [n.id, n.signedDate]));
    expect(new Set(dates.values()).size).toBeGreaterThan(2);
    const newestArchived = (a: number, b: number) => b - a;
    const newestSigned = (a: number, b: number) => (dates.get(b) ?? '').localeCompare(dates.get(a) ?? '') || b - a;
    for (const [cap, order] of [
      [3, newestArchived],
      [1000, newestSigned],
    ] as const) {
      const { total, totalCapped, ids } = await searchIndexRepo(t.sql(), cap).query({ terms: ['安全'], filters: {}, limit: 500 });
      expect({ cap, total, totalCapped }).toEqual({ cap, total: Math.min(cap, bruteForce('安全').length), totalCapped: cap === 3 });
      expect([...ids].sort((a, b) => a - b)).toEqual(bruteForce('安全'));
      const firstUntitled = ids.findIndex((id) => !titled.has(id));
      const [head, rest] = [ids.slice(0, firstUntitled), ids.slice(firstUntitled)];
      expect({ cap, head, rest }).toEqual({ cap, head: [...titled].sort(order), rest: [...rest].sort(order) });
    }
  });

  it('finds every notice holding a one-character term beside longer ones, counted or past the cap', async () => {
    for (const terms of [
      ['安全', '站'],
      ['燃气', '县'],
      ['生产', '安', '雷'],
      ['工作', '作'],
    ])
      for (const cap of [3, 1000]) {
        const expected = bruteForce(terms.join(' '));
        const found = await searchIndexRepo(t.sql(), cap).query({ terms, filters: {}, limit: 500 });
        expect({ terms, cap, total: found.total, ids: [...found.ids].sort((a, b) => a - b) }).toEqual({
          terms,
          cap,
          total: Math.min(cap, expected.length),
          ids: expected,
        });
      }
  });

  it('stops counting at the cap for one-character queries, two-term queries and filters alone, and says so', async () => {
    const index = searchIndexRepo(t.sql(), 3);
    for (const terms of [['安'], ['安全', '工作'], []]) {
      const expected = bruteForce(terms.join(' ')).length;
      expect(expected).toBeGreaterThan(3);
      const { total, totalCapped, ids: found } = await index.query({ terms, filters: {}, limit: 500 });
      expect({ terms, total, totalCapped, found: found.length }).toEqual({ terms, total: 3, totalCapped: true, found: expected });
    }
    const exact = bruteForce('燃气').length;
    const below = await searchIndexRepo(t.sql(), exact).query({ terms: ['燃气'], filters: {}, limit: 500 });
    expect({ total: below.total, totalCapped: below.totalCapped }).toEqual({ total: exact, totalCapped: false });
  });

  it('lets the full-text tables be driven by their MATCH alone, never by a list of notices', async () => {
    const db = t.sql();
    const prepared: string[] = [];
    const recording = new Proxy(db, {
      get(target, key) {
        if (key === 'prepare')
          return (sql: string) => {
            prepared.push(sql);
            return target.prepare(sql);
          };
        const member = Reflect.get(target, key) as unknown;
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
    for (const cap of [3, 1000]) {
      const index = searchIndexRepo(recording, cap);
      for (const terms of [
        ['安全', '站'],
        ['工作', '安'],
        ['安全生产', '工'],
      ])
        await index.query({ terms, filters: {}, limit: 50 });
    }
    const queries = prepared.filter((sql) => sql.startsWith('SELECT') && sql.includes('search_chars MATCH'));
    expect(queries.length).toBeGreaterThan(2);
    for (const sql of queries) {
      const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]))];
      const values = Object.fromEntries(names.map((n) => [n, ['bigrams', 'head', 'chars'].includes(n) ? '"安"' : 1]));
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(values) as { detail: string }[];
      // FTS5's index string: M is the MATCH, = a rowid constraint.
      expect(plan.map((row) => row.detail).filter((d) => /VIRTUAL TABLE INDEX \d+:.*=/.test(d))).toEqual([]);
    }
  });

  it('finds nothing for text that is not in the archive', async () => {
    expect((await search('量子计算机')).total).toBe(0);
  });

  it('filters by year, issuer, 文种, responsible unit, status and retention', async () => {
    value(await t.core.filing.updateSettings({ fondsCode: 'Z109' }));
    const taiyuan = (await search('并政发〔2025〕1号')).hits[0].noticeId;
    value(await t.core.filing.file(taiyuan, { year: 2025, retention: 'permanent', department: 'BGS' }));
    value(await t.core.registration.setStatus(taiyuan, 'in_progress'));
    const check = async (filters: object, expected: (docNumber: string | null) => boolean) => {
      const hits = (await search('安全', filters)).hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => expected(h.docNumber))).toBe(true);
    };
    await check({ year: 2024 }, (d) => d !== '并政发〔2025〕1号');
    await check({ issuer: '阳泉' }, (d) => d === '阳政发〔2025〕1号');
    await check({ docKind: '通知' }, () => true);
    await check({ unit: '县住建局' }, (d) => d !== '并政发〔2025〕1号');
    await check({ status: 'in_progress' }, (d) => d === '并政发〔2025〕1号');
    await check({ retention: 'permanent' }, (d) => d === '并政发〔2025〕1号');
    expect((await search('安全', { docKind: '纪要' })).hits.every((h) => h.title?.includes('纪要'))).toBe(true);
  });

  it('lists by filters alone when the query is empty', async () => {
    const result = await search('', { issuer: '太原' });
    expect(result.hits.map((h) => h.docNumber)).toEqual(['并政发〔2025〕1号']);
  });

  it('leaves notices in the recycle bin out, and finds them again once restored', async () => {
    const id = (await search('吉政发〔2024〕3号')).hits[0].noticeId;
    value(await t.core.archive.delete(id));
    expect((await search('ABC')).total).toBe(0);
    value(await t.core.archive.restore(id));
    expect((await search('ABC')).total).toBe(1);
  });

  it('bounds the hits by the limit while the total counts them all', async () => {
    const result = value(await t.core.search.query({ query: '安全', limit: 3 }));
    expect(result.hits).toHaveLength(3);
    expect({ total: result.total, totalCapped: result.totalCapped }).toEqual({ total: bruteForce('安全').length, totalCapped: false });
  });

  it('offers the filter lists from the archive', async () => {
    const facets = await t.core.search.facets();
    expect(facets.years).toEqual(expect.arrayContaining([2021, 2024, 2025]));
    expect(facets.issuers).toEqual(expect.arrayContaining(['阳泉市人民政府', '阳城县人民政府']));
    // Units as the organizations they are: 大宁's 县应急局 and 阳城's are two entries, each a filter that finds its notice.
    expect(facets.units).toEqual(expect.arrayContaining(['大宁县应急管理局', '阳城县应急管理局']));
    expect(facets.units).not.toContain('县应急局');
    expect(facets.units).toEqual([...new Set(facets.units)].sort((a, b) => a.localeCompare(b, 'zh')));
    for (const unit of facets.units) expect((await search('', { unit })).total, unit).toBeGreaterThan(0);
  });

  it('saves, lists and deletes searches', async () => {
    const saved = value(await t.core.search.save({ name: '燃气隐患', query: '燃气', filters: { year: 2025 } }));
    expect((await t.core.search.listSaved()).searches).toEqual([saved]);
    value(await t.core.search.deleteSaved(saved.id));
    expect((await t.core.search.listSaved()).searches).toEqual([]);
    expect(await t.core.search.deleteSaved(saved.id)).toEqual({ ok: false, error: '找不到这条保存的检索。' });
  });
});

describe('hostile search strings', () => {
  const fragments = [
    '"',
    '""',
    '"安全',
    '安全"',
    "'",
    '*',
    '安全*',
    '*安全',
    '-',
    '-安全',
    '+安全',
    '^安全',
    'AND',
    'OR',
    'NOT',
    'NEAR',
    'NEAR(安全 生产, 2)',
    '安全 AND 生产',
    '安全 OR',
    'NOT 安全',
    '(',
    ')',
    '(安全',
    '安全)',
    '()',
    '{',
    '}',
    '{head}: 安全',
    'head:安全',
    'body : 生产',
    ':',
    '[',
    ']',
    '\\',
    '\\"',
    '%',
    '_',
    '%安全%',
    "'; DROP TABLE notices; --",
    '1=1',
    'rowid',
    'search_bigrams',
    'MATCH',
    '\u0000',
    '\u0001',
    '\t',
    '\n',
    '\u200b',
    '\ufeff',
    '\ud800',
    '\udc00',
    '😀',
    '👨‍👩‍👧',
    'é',
    'e\u0301',
    'ﬁ',
    'İ',
    'ß',
    '\u202e安全',
    '〔',
    '〕',
    '【',
    '】',
    '《',
    '》',
    '“',
    '”',
    '…',
    '—',
    '　',
    '\ue000',
    '\ue000004e00',
    '&amp;',
    '<mark>',
    '</script>',
    '${x}',
    '%s',
    'NULL',
    'undefined',
    'constructor',
    '__proto__',
    '0',
    '-1',
    '1e9',
    '∞',
  ];

  function hostileStrings(): string[] {
    const next = random(7);
    const list = [...fragments];
    while (list.length < 190) {
      const count = 1 + Math.floor(next() * 4);
      list.push(Array.from({ length: count }, () => fragments[Math.floor(next() * fragments.length)]).join(next() < 0.5 ? ' ' : ''));
    }
    list.push('安'.repeat(200), '安'.repeat(201), '安 '.repeat(25), '"'.repeat(200), '('.repeat(150), ' '.repeat(10), '', '\n\n');
    list.push('NEAR/3', 'a b c d e f g h i j k l m n o p q r s t u');
    return list;
  }

  it('never throws on 200 hostile strings: each is searched literally or refused with a Chinese sentence', async () => {
    const strings = hostileStrings();
    expect(strings.length).toBeGreaterThanOrEqual(200);
    for (const query of strings) {
      const result = await t.core.search.query({ query, limit: 500 });
      if (result.ok) {
        expect({ query, ids: ids(result.value) }).toEqual({
          query,
          ids: readQuery(query).terms.length === 0 ? ids(result.value) : bruteForce(query),
        });
      } else {
        expect(result.error).toMatch(/^检索词/);
      }
    }
  });

  it('still answers normal queries afterwards (nothing was dropped or changed)', async () => {
    expect((await search('燃气')).total).toBe(bruteForce('燃气').length);
    expect((await t.core.archive.listNotices()).rows.length).toBe(archived.length);
  });
});
