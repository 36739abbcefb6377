/**
 * Asking the clerk for one line of text (a template's name, why a 文号 is voided) in a small modal,
 * because Electron has no window.prompt. `askText` resolves to the text, or null when cancelled.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

interface Question {
  title: string;
  initial: string;
  resolve(answer: string | null): void;
}

let current: Question | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function askText(title: string, initial = ''): Promise<string | null> {
  current?.resolve(null);
  return new Promise((resolve) => {
    current = {
      title,
      initial,
      resolve: (answer) => {
        current = null;
        emit();
        resolve(answer);
      },
    };
    emit();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function AskDialog({ question }: { question: Question }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(question.initial);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="ask-dialog" onCancel={() => question.resolve(null)} aria-label={question.title}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          question.resolve(text.trim() === '' ? null : text.trim());
        }}
      >
        <label htmlFor="ask-text">{question.title}</label>
        <input id="ask-text" value={text} autoFocus onChange={(event) => setText(event.target.value)} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            确定
          </button>
          <button type="button" onClick={() => question.resolve(null)}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function AskTextHost() {
  const question = useSyncExternalStore(subscribe, () => current);
  return question ? <AskDialog key={question.title + question.initial} question={question} /> : null;
}
