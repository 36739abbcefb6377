/**
 * Responsiveness of the core processes: while one 19.9 MB text notice is imported through the contract
 * (as a drag-and-drop in the window sends it), the register and search are asked again and again, and
 * each answer's wait is recorded (the file is parsed on a worker thread, reads go to the reader process). Target: every answer within 200 ms. Also used by the core process test.
 */
import { join } from 'node:path';
import { startCoreWithReader } from '../../core/process/readerRouting';
import { coreEntry, forkCore } from '../../core/process/forkCore';
import type { BenchSection } from './benchSection';

export const BIG_NOTICE_BYTES = 19.9 * 1024 * 1024;

/** A real-looking notice grown to `bytes` of UTF-8: a header, then numbered clauses with varied details. */
export function bigNoticeText(bytes: number): string {
  const head = '大宁县人民政府\n关于开展全县安全隐患大排查大整治工作的通知\n宁政发〔2025〕30号\n各乡镇人民政府，县直各部门：\n';
  const tail = '\n大宁县人民政府\n2025年6月3日\n';
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 1; size < bytes; i++) {
    const line = `（${i}）第${i}片区排查燃气管网${i % 97}处、危房${i % 31}户，县应急局牵头，县住建局配合，${(i % 12) + 1}月底前完成整改并报送台账。\n`;
    parts.push(line);
    size += Buffer.byteLength(line);
  }
  parts.push(tail);
  return parts.join('');
}

export interface Responsiveness {
  importMs: number;
  imported: boolean;
  /** Each probe's wait in ms, in the order asked. */
  waits: number[];
  /** The same waits by what was asked. */
  byMethod: Record<'archive.listNotices' | 'search.query', number[]>;
}

/**
 * Imports `text` in a core process on `dbPath` while probing list and search every `everyMs`; `entry`: the
 * core to start (this checkout's own unless given).
 */
export async function measureResponsiveness(dbPath: string, text: string, everyMs = 100, entry = coreEntry()): Promise<Responsiveness> {
  const core = startCoreWithReader({ start: (role) => forkCore(dbPath, role, entry) });
  try {
    await core.ready;
    // As in the app, where the reader is up long before a clerk drops a big file.
    await core.readerReady;
    const waits: number[] = [];
    const byMethod: Responsiveness['byMethod'] = { 'archive.listNotices': [], 'search.query': [] };
    let importing = true;
    const started = performance.now();
    const imported = core
      .dispatch('archive.importFile', { fileName: '大排查通知.txt', bytes: new TextEncoder().encode(text) })
      .finally(() => (importing = false));
    const probes = ['archive.listNotices', 'search.query'] as const;
    for (let i = 0; importing; i++) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      if (!importing) break;
      const asked = performance.now();
      const method = probes[i % 2];
      await core.dispatch(method, method === 'search.query' ? { query: '燃气' } : { limit: 50 });
      waits.push(performance.now() - asked);
      byMethod[method].push(waits.at(-1)!);
    }
    const result = await imported;
    return {
      importMs: performance.now() - started,
      imported: result.ok && (result.value as { status: string }).status === 'imported',
      waits,
      byMethod,
    };
  } finally {
    await core.close();
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
};

export const responsivenessBench: BenchSection = async ({ say, tmpDir }) => {
  const run = await measureResponsiveness(join(tmpDir, 'responsiveness.db'), bigNoticeText(BIG_NOTICE_BYTES));
  const figures = {
    responsivenessImportMs: Math.round(run.importMs),
    responsivenessProbes: run.waits.length,
    responsivenessP95Ms: Math.round(percentile(run.waits, 95)),
    responsivenessMaxMs: Math.round(Math.max(0, ...run.waits)),
    responsivenessListMaxMs: Math.round(Math.max(0, ...run.byMethod['archive.listNotices'])),
    responsivenessSearchMaxMs: Math.round(Math.max(0, ...run.byMethod['search.query'])),
  };
  say(`导入 19.9 MB 文本：${(run.importMs / 1000).toFixed(1)} 秒（${run.imported ? '已导入' : '未导入'}）`);
  say(
    `其间 ${run.waits.length} 次列表/检索请求：p95 ${figures.responsivenessP95Ms} ms，最长 ${figures.responsivenessMaxMs} ms（目标 ≤ 200 ms）`,
  );
  say(`其中登记簿列表最长 ${figures.responsivenessListMaxMs} ms，检索最长 ${figures.responsivenessSearchMaxMs} ms`);
  return figures;
};
