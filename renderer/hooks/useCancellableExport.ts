/**
 * An export the clerk can cancel while the core writes it (a register of 100,000 rows, a ledger of
 * millions of tasks, a long task list): it runs under an id of its own, and 取消 asks the core to stop
 * that id. A cancelled export saves nothing — not even a file that came back as the cancel crossed it —
 * so whatever was at the path the clerk would have chosen stays as it was.
 */
import { useRef, useState } from 'react';
import type { FilePayload } from '../../shared/api/binary';
import { EXPORT_CANCELLED } from '../../shared/api/exportCancelled';
import type { ApiResult } from '../../shared/api/method';
import { api } from '../api/client';
import { toast } from '../components/Toasts';

/** Asks the core for the file under the export's id. */
export type ExportStart = (exportId: string) => Promise<ApiResult<FilePayload>>;

const newExportId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface CancellableExport {
  /** What is being exported (shown while it runs), or null. */
  running: string | null;
  /** Exports and saves (one at a time); `open` opens the saved file. */
  run(label: string, start: ExportStart, open?: boolean): Promise<void>;
  cancel(): void;
}

export function useCancellableExport(): CancellableExport {
  const [running, setRunning] = useState<string | null>(null);
  const current = useRef<{ id: string; cancelled: boolean } | null>(null);
  return {
    running,
    async run(label, start, open = false) {
      if (current.current) return;
      const job = { id: newExportId(), cancelled: false };
      current.current = job;
      setRunning(label);
      let file: Awaited<ReturnType<ExportStart>>;
      try {
        file = await start(job.id);
      } finally {
        // Once the file is back there is nothing left to cancel: saving it is the clerk's own dialog.
        current.current = null;
        setRunning(null);
      }
      if (job.cancelled || (!file.ok && file.error === EXPORT_CANCELLED)) return toast(EXPORT_CANCELLED);
      if (!file.ok) return toast(file.error, 'error');
      const saved = await api.call('shell.saveFile', { ...file.value, open });
      if (!saved.ok) toast(saved.error, 'error');
    },
    cancel() {
      const job = current.current;
      if (!job || job.cancelled) return;
      job.cancelled = true;
      void api.call('export.cancel', { exportId: job.id });
    },
  };
}
