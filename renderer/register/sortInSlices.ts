/**
 * A stable sort done in slices: runs sorted at once, then merged pass by pass, handing the thread back
 * between slices, so sorting 100,000 rows never holds the window for long. Stops when `cancelled()`.
 */

/** Time one slice may take before the thread is handed back. */
const SLICE_MS = 12;
const RUN = 512;

export type Pause = () => Promise<void>;

/** Hands the thread back to the browser (input, paint) and resumes right after. */
export const nextTask: Pause = () => new Promise((resume) => setTimeout(resume, 0));

/** Sorts a copy of `items`; null when cancelled before it finished. */
export async function sortInSlices<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  { pause = nextTask, cancelled = () => false }: { pause?: Pause; cancelled?: () => boolean } = {},
): Promise<T[] | null> {
  let source = items.slice();
  let sliceStart = performance.now();
  const breathe = async (): Promise<boolean> => {
    if (performance.now() - sliceStart < SLICE_MS) return !cancelled();
    await pause();
    sliceStart = performance.now();
    return !cancelled();
  };
  for (let start = 0; start < source.length; start += RUN) {
    const run = source.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) source[start + i] = run[i];
    if (!(await breathe())) return null;
  }
  let target = new Array<T>(source.length);
  for (let width = RUN; width < source.length; width *= 2) {
    for (let left = 0; left < source.length; left += 2 * width) {
      const middle = Math.min(left + width, source.length);
      const end = Math.min(left + 2 * width, source.length);
      let i = left;
      let j = middle;
      let k = left;
      // Ties take the left run first: the sort stays stable.
      while (i < middle && j < end) target[k++] = compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
      while (i < middle) target[k++] = source[i++];
      while (j < end) target[k++] = source[j++];
      if (!(await breathe())) return null;
    }
    [source, target] = [target, source];
  }
  return source;
}
