/** Asks before the clerk leaves while `dirty` (see app/leaveGuard.ts). */
import { useEffect, useRef } from 'react';
import { addLeaveGuard } from '../app/leaveGuard';

export function useLeaveGuard(dirty: boolean): void {
  const current = useRef(dirty);
  current.current = dirty;
  useEffect(() => addLeaveGuard(() => current.current), []);
}
