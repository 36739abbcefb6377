/**
 * What the register shows for a sorting and filters: its rows filtered and sorted in plain arrays, a slice
 * at a time (the table library builds an object per row, which at 100,000 rows held the window for
 * seconds). Each column's texts, lowercased texts and sort ranks are read once per loaded register.
 * Same rules as the grid's header: filters match a part of a column's text regardless of case (状态 by
 * status, or 已超期), the quick filter any column's; sorting is Chinese order with numbers by value
 * (状态 by its order of work), ties in the register's order.
 */
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import type { NoticeRow } from '../../shared/api/archiveContract';
import { STATUSES } from '../../shared/api/vocabulary';
import { COLUMN_BY_ID, COLUMNS, type StatusFilter } from './columns';
import { isOverdue, today } from './overdue';
import { nextTask, sortInSlices, type Pause } from './sortInSlices';

export interface RegisterView {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  globalFilter: string;
}

export interface Slicing {
  pause?: Pause;
  cancelled?: () => boolean;
}

/** Rows tested between two checks of the time spent. */
const FILTER_STEP = 4096;
const SLICE_MS = 12;

/** Chinese order with numbers by value (收〔2025〕9号 before 收〔2025〕10号). */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function isPlainView(view: RegisterView): boolean {
  return view.sorting.length === 0 && view.columnFilters.length === 0 && view.globalFilter === '';
}

/** Per loaded register: each column's texts ("text:"), lowercased ("lower:") and sort ranks ("rank:"). */
const derived = new WeakMap<readonly NoticeRow[], Map<string, unknown>>();

function cached<T>(rows: readonly NoticeRow[], key: string, make: () => T): T {
  let byKey = derived.get(rows);
  if (!byKey) derived.set(rows, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}

const texts = (rows: readonly NoticeRow[], id: string): string[] => cached(rows, `text:${id}`, () => rows.map(COLUMN_BY_ID.get(id)!.text));

const lowerTexts = (rows: readonly NoticeRow[], id: string): string[] =>
  cached(rows, `lower:${id}`, () => texts(rows, id).map((text) => text.toLowerCase()));

/** Each row's place in the column's order, as a number: rows compare without the collator. */
async function ranks(rows: readonly NoticeRow[], id: string, slicing: Slicing): Promise<Int32Array | null> {
  const known = derived.get(rows)?.get(`rank:${id}`) as Int32Array | undefined;
  if (known) return known;
  const rank = new Int32Array(rows.length);
  if (id === 'status') {
    rows.forEach((row, i) => (rank[i] = STATUSES.indexOf(row.status)));
  } else {
    const values = texts(rows, id);
    const order = await sortInSlices([...new Set(values)], collator.compare, slicing);
    if (!order) return null;
    const place = new Map(order.map((value, i) => [value, i]));
    values.forEach((value, i) => (rank[i] = place.get(value)!));
  }
  return cached(rows, `rank:${id}`, () => rank);
}

type RowTest = (index: number) => boolean;

function filterTest(rows: readonly NoticeRow[], id: string, value: unknown, now: string): RowTest {
  if (id === 'status') {
    const wanted = value as StatusFilter;
    return wanted === 'overdue' ? (i) => isOverdue(rows[i], now) : (i) => rows[i].status === wanted;
  }
  const needle = String(value).toLowerCase();
  const haystack = lowerTexts(rows, id);
  return (i) => haystack[i].includes(needle);
}

async function quickFilterTest(rows: readonly NoticeRow[], query: string, breathe: Breathe): Promise<RowTest | null> {
  const needle = query.toLowerCase();
  const haystacks: string[][] = [];
  // A column's texts at a time: reading all of them at once takes longer than a slice.
  for (const column of COLUMNS) {
    haystacks.push(lowerTexts(rows, column.id));
    if (!(await breathe())) return null;
  }
  return (i) => haystacks.some((haystack) => haystack[i].includes(needle));
}

/** Hands the thread back once a slice's time is spent; false when cancelled. */
type Breathe = () => Promise<boolean>;

function breather({ pause = nextTask, cancelled = () => false }: Slicing): Breathe {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
    return !cancelled();
  };
}

/** The rows the register shows for `view`, in order; null when cancelled. */
export async function registerView(rows: readonly NoticeRow[], view: RegisterView, slicing: Slicing = {}): Promise<NoticeRow[] | null> {
  const breathe = breather(slicing);
  const now = today();
  const tests: RowTest[] = [];
  // A column no longer in the register (a view kept from an older version) neither filters nor sorts.
  for (const filter of view.columnFilters.filter((f) => COLUMN_BY_ID.has(f.id))) {
    tests.push(filterTest(rows, filter.id, filter.value, now));
    if (!(await breathe())) return null;
  }
  if (view.globalFilter !== '') {
    const test = await quickFilterTest(rows, view.globalFilter, breathe);
    if (!test) return null;
    tests.push(test);
  }

  let kept: number[] = [];
  for (let start = 0; start < rows.length; start += FILTER_STEP) {
    const end = Math.min(start + FILTER_STEP, rows.length);
    for (let i = start; i < end; i++) if (tests.every((test) => test(i))) kept.push(i);
    if (!(await breathe())) return null;
  }

  if (view.sorting.some((s) => COLUMN_BY_ID.has(s.id))) {
    const keys: { rank: Int32Array; sign: number }[] = [];
    for (const sort of view.sorting.filter((s) => COLUMN_BY_ID.has(s.id))) {
      const rank = await ranks(rows, sort.id, slicing);
      if (!rank) return null;
      keys.push({ rank, sign: sort.desc ? -1 : 1 });
    }
    const sorted = await sortInSlices(
      kept,
      (a, b) => {
        for (const { rank, sign } of keys) if (rank[a] !== rank[b]) return (rank[a] - rank[b]) * sign;
        return 0;
      },
      slicing,
    );
    if (!sorted) return null;
    kept = sorted;
  }
  return kept.map((i) => rows[i]);
}
