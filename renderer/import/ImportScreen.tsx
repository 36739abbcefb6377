/**
 * 导入: bring received notices into the archive — files (dropped or chosen, many at once, with a
 * progress bar and a result per file) or pasted text with a live preview.
 */
import { useState } from 'react';
import { api } from '../api/client';
import { PageHeader } from '../components/PageHeader';
import { toast } from '../components/Toasts';
import { ImportResults } from './ImportResults';
import { PasteImport } from './PasteImport';
import { ScanProgress } from './ScanProgress';
import { DropZone } from './DropZone';
import { failedOutcome } from './failedOutcome';
import type { DroppedFiles } from './readDroppedFiles';
import { useImportQueue } from './useImportQueue';

type Tab = 'files' | 'paste';

export function ImportScreen() {
  const [tab, setTab] = useState<Tab>('files');
  const queue = useImportQueue();
  const { total, done, current, outcomes } = queue.state;
  const busy = current !== null;

  function addDropped({ files, skipped }: DroppedFiles) {
    // Every skipped file gets its own row with its reason; the toast only says to look there.
    for (const skip of skipped) queue.record(failedOutcome(skip.fileName, skip.reason));
    if (skipped.length > 0) toast(`已跳过 ${skipped.length} 个不能导入的文件，原因见导入结果`, 'error');
    queue.enqueue(files.map((file) => ({ fileName: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) })));
  }

  async function choose() {
    const chosen = await api.call('shell.chooseNoticeFiles', {});
    if (!chosen.ok) {
      toast(chosen.error, 'error');
      return;
    }
    queue.enqueue(chosen.value.files.map((file) => ({ fileName: file.fileName, read: async () => file.bytes })));
  }

  return (
    <>
      <PageHeader title="导入公文" subtitle="导入后自动解析、登记收文并建立检索" />
      <div className="page-body">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" className="tab" aria-selected={tab === 'files'} onClick={() => setTab('files')}>
            导入文件
          </button>
          <button type="button" role="tab" className="tab" aria-selected={tab === 'paste'} onClick={() => setTab('paste')}>
            粘贴文字
          </button>
        </div>
        {/* Both panels stay mounted: switching tabs never drops text pasted but not yet imported. */}
        <div hidden={tab !== 'files'}>
          <div className="panel">
            <DropZone onFiles={addDropped} onChoose={choose} busy={busy} />
            {total > 0 ? (
              <div aria-live="polite">
                <div
                  className="progress"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={total}
                  aria-valuenow={done}
                  aria-label="导入进度"
                >
                  <div style={{ width: `${(done / total) * 100}%` }} />
                </div>
                <span className="muted small">{busy ? `正在导入 ${current}（${done + 1}/${total}）` : `已处理 ${done} 个文件`}</span>
                <ScanProgress fileName={current} />
              </div>
            ) : null}
          </div>
        </div>
        <div hidden={tab !== 'paste'}>
          <PasteImport onOutcome={queue.record} />
        </div>
        {outcomes.length > 0 ? <ImportResults outcomes={outcomes} /> : null}
      </div>
    </>
  );
}
