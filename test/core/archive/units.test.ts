import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_FILES } from '../../corpus';
import { noticeText, tempCore, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

describe('responsible units', () => {
  it("lists one unit's tasks across notices, however its brackets were written", async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    await t.core.archive.importText({
      text: noticeText({
        issuer: '阳城县人民政府办公室',
        docNumber: '阳政办发〔2025〕8号',
        title: '阳城县人民政府办公室关于做好汛期安全工作的通知',
        clauses: ['一、加强巡查。对重点部位开展巡查。（县应急局牵头，各乡（镇）人民政府配合）'],
        date: '2025年5月6日',
      }),
    });
    const tasks = await t.core.units.tasks('县应急局');
    expect(tasks.units).toEqual(['县应急局']);
    const notices = new Set(tasks.tasks.map((task) => task.docNumber));
    expect(notices).toEqual(new Set(['阳政发〔2024〕1号', '阳政办发〔2025〕8号']));
    expect(tasks.tasks.find((task) => task.docNumber === '阳政办发〔2025〕8号')).toMatchObject({
      role: 'lead',
      inherited: false,
      status: 'pending',
      clause: { number: '一', heading: '加强巡查' },
    });
    const halfWidth = await t.core.units.tasks('各乡(镇)人民政府');
    expect(halfWidth.tasks.some((task) => task.docNumber === '阳政办发〔2025〕8号')).toBe(true);
  });

  it('records units that apply through a standing default as inherited', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const inherited = (await t.core.units.tasks('县级政府')).tasks;
    expect(inherited.length).toBeGreaterThan(1);
    expect(inherited.filter((task) => task.inherited).length).toBeGreaterThan(0);
    expect(inherited.every((task) => task.docNumber === '并政发〔2025〕1号')).toBe(true);
  });

  it('falls back to every unit whose name contains the words asked for', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const result = await t.core.units.tasks('应急管理局');
    expect(result.units.length).toBeGreaterThan(1);
    expect(result.units.every((name) => name.includes('应急管理局'))).toBe(true);
  });

  it("counts each unit's tasks, lead tasks and notices", async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const member = (await t.core.units.list()).units.find((u) => u.name === '县安委会成员单位')!;
    expect(member).toMatchObject({ noticeCount: 2 });
    expect(member.taskCount).toBeGreaterThanOrEqual(member.leadCount);
  });
});
