/** Generates a document (.docx) in the core and lets the user save it — and open it, where the host can. */
import type { GenerateRequest } from '../../shared/api/draftingContract';
import { api } from '../api/client';

/** Returns null when saved (or cancelled), else a Chinese sentence saying what went wrong. */
export async function saveGenerated(request: GenerateRequest, open = true): Promise<string | null> {
  const file = await api.call('documents.generate', request);
  if (!file.ok) return file.error;
  const saved = await api.call('shell.saveFile', { ...file.value, open });
  return saved.ok ? null : saved.error;
}
