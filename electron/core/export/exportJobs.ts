/**
 * The exports running in this core, by the id the UI gave each, so that a clerk can cancel one: its worker
 * thread is ended there and then (export/workbookThread.ts), no file comes back and so nothing is saved —
 * whatever was at the chosen path stays as it was. A cancel that arrives before its export has started
 * (the two calls crossed) cancels it as it starts.
 */
import { EXPORT_CANCELLED } from '../../../shared/api/exportCancelled';
import { fail, type ApiResult } from '../../../shared/api/method';

/** The export was cancelled while its file was written. */
export class ExportCancelled extends Error {
  constructor() {
    super(EXPORT_CANCELLED);
    this.name = 'ExportCancelled';
  }
}

/** Cancels remembered for exports not started yet: a few, the latest. */
const EARLY_KEPT = 64;

export function exportJobs() {
  const running = new Map<string, AbortController>();
  const cancelledEarly = new Set<string>();
  return {
    /** Runs an export; with an id it can be cancelled, and then answers that it was. */
    async run<T>(exportId: string | undefined, work: (signal?: AbortSignal) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
      if (exportId === undefined) return work();
      if (running.has(exportId)) return fail('这项导出已在进行中。');
      const controller = new AbortController();
      if (cancelledEarly.delete(exportId)) controller.abort();
      running.set(exportId, controller);
      try {
        if (controller.signal.aborted) return fail(EXPORT_CANCELLED);
        return await work(controller.signal);
      } catch (error) {
        if (controller.signal.aborted) return fail(EXPORT_CANCELLED);
        throw error;
      } finally {
        running.delete(exportId);
      }
    },
    /** Whether an export of that id was running (and is now stopped). */
    cancel(exportId: string): boolean {
      const controller = running.get(exportId);
      if (controller) {
        controller.abort();
        return true;
      }
      cancelledEarly.add(exportId);
      if (cancelledEarly.size > EARLY_KEPT) cancelledEarly.delete(cancelledEarly.values().next().value!);
      return false;
    },
  };
}

export type ExportJobs = ReturnType<typeof exportJobs>;
