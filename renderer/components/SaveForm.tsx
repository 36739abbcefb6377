/** A form whose submit (its submit button, or Enter in a field) runs `onSave` in place of a page load. */
import type { ReactNode } from 'react';

interface SaveFormProps {
  onSave(): Promise<unknown>;
  'data-testid'?: string;
  children: ReactNode;
}

export function SaveForm({ onSave, 'data-testid': testId, children }: SaveFormProps) {
  return (
    <form
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
    >
      {children}
    </form>
  );
}
