/** An export being written, where its button was: what it is, and 取消. */
import type { CancellableExport } from '../hooks/useCancellableExport';

export function ExportRunning({ exporting }: { exporting: CancellableExport }) {
  if (!exporting.running) return null;
  return (
    <span className="export-running" data-testid="export-running">
      <span role="status">{exporting.running}</span>
      <button type="button" onClick={() => exporting.cancel()}>
        取消
      </button>
    </span>
  );
}
