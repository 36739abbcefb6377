/**
 * Responsiveness of the writer core while the whole register is exported: 100,000 rows are sent through
 * the contract (as the register screen sends them, one block of JSON) and, while the workbook is written, a call the writer
 * answers (the ledger's first page) is asked every 100 ms and each answer's wait recorded. Target: every
 * answer within 200 ms. Also the export's own time and the file's size.
 */
import { join } from 'node:path';
import type { RegisterExport, RegisterRow } from '../../../shared/api/exportContract';
import { startCoreWithReader } from '../../core/process/readerRouting';
import { forkCore } from '../../core/process/forkCore';
import type { BenchSection } from './benchSection';

/** The rows as the register screen sends them (renderer/register/encodeRegisterRows.ts). */
const rowsJson = (rows: RegisterRow[]) => new TextEncoder().encode(JSON.stringify(rows));

export const EXPORT_ROWS = 100_000;

/** The register as the screen sends it: its default columns, real-looking cells. */
export function registerExportOf(count: number): RegisterExport {
  const units = ['县人民政府办公室', '县应急管理局', '县水务局', '县住房和城乡建设局', '县教育局'];
  return {
    title: '收文登记簿',
    columns: [
      { id: 'registrationNumber', header: '收文号', width: 10 },
      { id: 'receivedDate', header: '收文日期', width: 12 },
      { id: 'issuer', header: '来文单位', width: 20 },
      { id: 'docNumber', header: '文号', width: 20 },
      { id: 'title', header: '标题', width: 48 },
      { id: 'dueDate', header: '办理期限', width: 12 },
      { id: 'status', header: '状态', width: 8 },
      { id: 'archivalCode', header: '档号', width: 16 },
    ],
    bytes: rowsJson(
      Array.from({ length: count }, (_, i) => ({
        cells: [
          `2025-${String(i + 1).padStart(6, '0')}`,
          `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          units[i % units.length],
          `阳政办发〔2025〕${i + 1}号`,
          `${units[i % units.length]}关于做好第${i + 1}批安全生产隐患排查整治工作的通知`,
          i % 3 ? '' : '2025-06-30',
          ['待办', '办理中', '办结'][i % 3],
          `A1-2025-Y-${i + 1}`,
        ],
        status: (['pending', 'in_progress', 'done'] as const)[i % 3],
        overdue: i % 7 === 0,
      })),
    ),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
};

export const exportBench: BenchSection = async ({ say, tmpDir }) => {
  const core = startCoreWithReader({ start: (role) => forkCore(join(tmpDir, 'export.db'), role) });
  try {
    await core.ready;
    await core.readerReady;
    const input = registerExportOf(EXPORT_ROWS);
    const waits: number[] = [];
    let exporting = true;
    const started = performance.now();
    const exported = core.dispatch('export.registerXlsx', input).finally(() => (exporting = false));
    while (exporting) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (!exporting) break;
      const asked = performance.now();
      await core.dispatch('tasks.list', { limit: 50 });
      waits.push(performance.now() - asked);
    }
    const result = await exported;
    const exportMs = performance.now() - started;
    const bytes = result.ok ? (result.value as { bytes: Uint8Array }).bytes.byteLength : 0;
    const figures = {
      exportRegisterRows: EXPORT_ROWS,
      exportRegisterMs: Math.round(exportMs),
      exportRegisterBytes: bytes,
      exportProbes: waits.length,
      exportProbeP95Ms: Math.round(percentile(waits, 95)),
      exportProbeMaxMs: Math.round(Math.max(0, ...waits)),
    };
    say(
      `导出 ${EXPORT_ROWS} 行登记簿：${(exportMs / 1000).toFixed(1)} 秒，${(bytes / 1024 / 1024).toFixed(1)} MB（${result.ok ? '成功' : result.error}）`,
    );
    say(`其间 ${waits.length} 次写入进程请求：p95 ${figures.exportProbeP95Ms} ms，最长 ${figures.exportProbeMaxMs} ms（目标 ≤ 200 ms）`);
    return figures;
  } finally {
    await core.close();
  }
};
