import { describe, expect, it } from 'vitest';
import { acceptedFiles, skipReason } from '../../renderer/import/readDroppedFiles';

describe('files dropped on the import area', () => {
  it('keeps what import reads and names every other file with its reason', () => {
    const names = ['通知.docx', '扫描件.TIF', '台账.xlsx', '说明', '~$通知.docx', '.DS_Store', '版式.ofd'];
    const dropped = acceptedFiles(names.map((name) => new File(['x'], name)));
    expect(dropped.files.map((f) => f.name)).toEqual(['通知.docx', '扫描件.TIF', '版式.ofd']);
    expect(dropped.skipped.map((s) => s.fileName)).toEqual(['台账.xlsx', '说明', '~$通知.docx', '.DS_Store']);
    expect(dropped.skipped[0].reason).toMatch(/^不支持 \.xlsx 格式，已跳过。可以导入的格式：\.txt、\.docx、.*\.ofd/);
    expect(dropped.skipped[1].reason).toContain('没有扩展名');
    expect(dropped.skipped[2].reason).toContain('临时文件');
    expect(dropped.skipped[3].reason).toBe('隐藏文件，已跳过');
    expect(skipReason('青政发〔2026〕7号.PDF')).toBeNull();
  });
});
