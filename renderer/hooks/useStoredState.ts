/**
 * State that outlives the screen: view settings (sorting, filters, visible columns) kept in
 * localStorage or sessionStorage, so going to a notice and back finds the table as it was left.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export function useStoredState<T>(key: string, initial: T, storage: 'local' | 'session' = 'session'): [T, Dispatch<SetStateAction<T>>] {
  const store = storage === 'local' ? window.localStorage : window.sessionStorage;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = store.getItem(key);
      return saved === null ? initial : (JSON.parse(saved) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      store.setItem(key, JSON.stringify(value));
    } catch {
      // A full or disabled storage only costs the remembered view.
    }
  }, [key, value, store]);
  return [value, setValue];
}
