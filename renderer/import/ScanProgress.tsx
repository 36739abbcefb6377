/**
 * While a file is imported: if it is a scan being read by OCR (seconds a page), which page of how many,
 * and a button that stops the reading (the file then fails alone, nothing of it is written; the reader
 * stops at its next text box, within a second).
 *
 * The page is asked for, not pushed: inside the core each page is an event (the reader process messages
 * it, the command line prints it), but the contract a window or browser reaches is request and answer
 * only (IPC invoke, HTTP), with no channel from the core to the UI. Asking is kept cheap: only while the
 * file being imported is one that may be a scan (PDF or image), once a second (a page takes seconds),
 * and the answer is the reader's last event held in memory — no database, no file.
 */
import { useEffect, useState } from 'react';
import type { ScanProgress as Reading } from '../../shared/api/archiveContract';
import { api } from '../api/client';
import { toast } from '../components/Toasts';

const POLL_MS = 1000;
/** Files OCR may read: a PDF (without a text layer) or an image. */
const MAY_BE_SCAN = /\.(pdf|jpe?g|png|tiff?)$/i;

/** `fileName`: the file being imported now, null when none. */
export function ScanProgress({ fileName }: { fileName: string | null }) {
  const busy = fileName !== null && MAY_BE_SCAN.test(fileName);
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
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [busy, fileName]);

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
