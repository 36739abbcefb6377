/**
 * While a file is imported: if it is a scan being read by OCR (seconds a page), which page of how many,
 * and a button that stops the reading (the file then fails alone, nothing of it is written). The core
 * has no push channel to the UI, so the page is asked for twice a second while a file is in progress.
 */
import { useEffect, useState } from 'react';
import type { ScanProgress as Reading } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { toast } from '../components/Toasts';

const POLL_MS = 500;

export function ScanProgress({ busy }: { busy: boolean }) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [stopping, setStopping] = useState(false);

  useEffect(() => {
    setReading(null);
    setStopping(false);
    if (!busy) return;
    let live = true;
    const ask = async () => {
      const result = await api.call('archive.scanProgress', {});
      if (live && result.ok) setReading(result.value.reading);
    };
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [busy]);

  // A new file is read: its reading can be stopped again.
  useEffect(() => setStopping(false), [reading?.fileName]);

  if (!busy || !reading) return null;

  async function cancel() {
    setStopping(true);
    const result = await api.call('archive.cancelScan', {});
    if (!result.ok) toast(result.error, 'error');
  }

  return (
    <div className="scan-progress" data-testid="scan-progress">
      <span className="muted small">
        正在识别扫描件“{reading.fileName}”第 {reading.page}/{reading.pages} 页（每页约需十秒）
      </span>{' '}
      <button type="button" onClick={cancel} disabled={stopping}>
        {stopping ? '正在停止…' : '取消识别'}
      </button>
    </div>
  );
}
