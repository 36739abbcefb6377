/** 起草: the list of drafts, a new draft from an upstream notice, or one draft being edited. */
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { NewDraft } from './NewDraft';

export function DraftingScreen({ draftId, upstream }: { draftId: string | null; upstream: string | null }) {
  if (draftId === null) return <DraftList />;
  if (draftId === 'new') return <NewDraft upstream={upstream ? Number(upstream) || null : null} />;
  return <DraftEditor key={draftId} id={Number(draftId)} />;
}
