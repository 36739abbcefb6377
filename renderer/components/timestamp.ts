/** How the archive's stored times (2025-05-01T09:30:12) read on screen: 2025-05-01 09:30, seconds only where asked. */
export function formatTimestamp(at: string, withSeconds = false): string {
  return at.replace('T', ' ').slice(0, withSeconds ? 19 : 16);
}
