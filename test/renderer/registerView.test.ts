import { describe, expect, it } from 'vitest';
import type { NoticeRow } from '../../shared/api/archiveContract';
import { registerView, type RegisterView } from '../../renderer/register/registerView';
import { sortInSlices } from '../../renderer/register/sortInSlices';

function notice(id: number, fields: Partial<NoticeRow>): NoticeRow {
  return {
    id,
    registrationNumber: null,
    receivedDate: null,
    sender: null,
    docNumber: null,
    title: null,
    docKind: null,
    signedDate: null,
    secrecy: null,
    urgency: null,
    dueDate: null,
    handler: null,
    status: 'pending',
    stage: 'registered',
    archivalCode: null,
    retention: null,
    possibleDuplicate: false,
    ...fields,
  } as NoticeRow;
}

const ROWS: NoticeRow[] = [
  notice(1, {
    registrationNumber: '收〔2025〕10号',
    sender: '县应急管理局',
    title: '关于做好燃气安全的通知',
    status: 'done',
    dueDate: '2000-01-01',
  }),
  notice(2, {
    registrationNumber: '收〔2025〕9号',
    sender: '市人民政府',
    title: '关于防汛工作的意见',
    status: 'in_progress',
    dueDate: '2000-01-01',
  }),
  notice(3, {
    registrationNumber: '收〔2025〕11号',
    sender: '县应急管理局',
    title: 'GB 50028 燃气规范',
    status: 'pending',
    dueDate: '2999-01-01',
  }),
  notice(4, { registrationNumber: '收〔2025〕9号', sender: '安监站', title: null, status: 'pending' }),
];

const plain: RegisterView = { sorting: [], columnFilters: [], globalFilter: '' };
const ids = async (view: Partial<RegisterView>) => (await registerView(ROWS, { ...plain, ...view }))!.map((row) => row.id);

describe("the register's shown rows", () => {
  it('sorts 收文编号 by the number inside, ties kept in the register order', async () => {
    expect(await ids({ sorting: [{ id: 'registrationNumber', desc: false }] })).toEqual([2, 4, 1, 3]);
    expect(await ids({ sorting: [{ id: 'registrationNumber', desc: true }] })).toEqual([3, 1, 2, 4]);
  });

  it('sorts by several columns, 状态 in its order of work', async () => {
    expect(
      await ids({
        sorting: [
          { id: 'status', desc: false },
          { id: 'sender', desc: false },
        ],
      }),
    ).toEqual([4, 3, 2, 1]);
  });

  it('filters a column by part of its text, ignoring case, and by 已超期', async () => {
    expect(await ids({ columnFilters: [{ id: 'title', value: 'gb' }] })).toEqual([3]);
    expect(await ids({ columnFilters: [{ id: 'status', value: 'overdue' }] })).toEqual([2]);
    expect(await ids({ columnFilters: [{ id: 'status', value: 'pending' }] })).toEqual([3, 4]);
  });

  it('quick-filters over every column, hidden ones too, and combines with the column filters', async () => {
    expect(await ids({ globalFilter: '燃气' })).toEqual([1, 3]);
    expect(await ids({ globalFilter: '办结' })).toEqual([1]);
    expect(await ids({ globalFilter: '燃气', columnFilters: [{ id: 'status', value: 'done' }] })).toEqual([1]);
  });

  it('passes over a column it no longer has, as a view kept from an older version may name', async () => {
    expect(await ids({ sorting: [{ id: 'gone', desc: false }], columnFilters: [{ id: 'gone', value: 'x' }] })).toEqual([1, 2, 3, 4]);
  });

  it('stops without an answer once cancelled', async () => {
    expect(await registerView(ROWS, { ...plain, globalFilter: '燃气' }, { cancelled: () => true })).toBeNull();
  });
});

describe('sorting in slices', () => {
  it('sorts as Array.prototype.sort does, stable, over many runs and pauses', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ key: (i * 7919) % 97, i }));
    const sorted = await sortInSlices(items, (a, b) => a.key - b.key);
    expect(sorted).toEqual([...items].sort((a, b) => a.key - b.key));
    expect(items[1]).toEqual({ key: 7919 % 97, i: 1 });
  });

  it('stops without an answer once cancelled', async () => {
    expect(await sortInSlices([3, 1, 2], (a, b) => a - b, { cancelled: () => true })).toBeNull();
  });
});
