import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_FILES, FIXTURES_DIR, corpusText } from '../../corpus';
import { zipBomb } from '../../fixtures/import/hostileZips';
import { noticeDocx } from '../../fixtures/import/noticeDocx';
import { noticePages, ofdPackage } from '../../fixtures/import/ofdPackage';
import { tempCore, value, type TempCore } from './archiveTestKit';

let t: TempCore;
afterEach(() => t?.dispose());

describe('importing notices', () => {
  it('archives the five corpus notices, each with its structure, registration and history', async () => {
    t = tempCore();
    const progress: string[] = [];
    const summary = await t.core.archive.importPaths([...CORPUS_FILES], (p) =>
      progress.push(p.outcome ? `${p.index} stored` : `${p.index} reading ${p.reading!.replace(/^.*\//, '')}`),
    );
    expect(summary).toMatchObject({ imported: 5, alreadyPresent: 0, possibleDuplicates: 0, failed: 0 });
    expect(progress.filter((p) => p.endsWith('stored'))).toEqual(['1 stored', '2 stored', '3 stored', '4 stored', '5 stored']);
    expect(progress.filter((p) => p.includes('reading'))).toEqual(CORPUS_FILES.map((f, i) => `${i + 1} reading ${f.replace(/^.*\//, '')}`));
    const taiyuan = summary.outcomes.find((o) => o.docNumber === '并政发〔2025〕1号')!;
    const detail = value(await t.core.archive.getNotice(taiyuan.noticeId!));
    expect(detail.notice.issuer).toBe('太原市人民政府');
    expect(detail.notice.clauses).toHaveLength(30);
    expect(detail.notice.clauses[1].text).toContain('强化理论武装');
    expect(detail.originalText).toBe(corpusText('taiyuan-city-2025'));
    expect(detail.sourceFile).toMatchObject({ fileName: 'taiyuan-city-2025.txt' });
    expect(detail.registration).toMatchObject({
      registrationNumber: '收〔2025〕2号',
      receivedDate: '2025-05-06',
      sender: '太原市人民政府',
      status: 'pending',
    });
    expect(value(await t.core.archive.history(taiyuan.noticeId!)).entries).toEqual([
      expect.objectContaining({ action: '导入', after: expect.stringContaining('taiyuan-city-2025.txt') }),
    ]);
  });

  it('does nothing when the same content comes again, even in another encoding', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const gbk = join(t.dir, 'daning-gbk.txt');
    writeFileSync(gbk, iconv.encode(corpusText('daning-county-2025').replace(/\n/g, '\r\n'), 'gb18030'));
    const again = await t.core.archive.importPaths([...CORPUS_FILES, gbk]);
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 6, failed: 0 });
    expect((await t.core.archive.listNotices()).rows).toHaveLength(5);
  });

  it('keeps a new text with an archived issuer and 文号 but flags it as a possible duplicate', async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const edited = corpusText('yangquan-city-2025').replace('市直各单位', '市直各单位，各有关企业');
    const outcome = await t.core.archive.importText({ text: edited, fileName: '阳泉重发.txt' });
    expect(outcome.status).toBe('possible_duplicate');
    expect(outcome.duplicates).toEqual([expect.objectContaining({ docNumber: '阳政发〔2025〕1号', issuer: '阳泉市人民政府' })]);
    expect(outcome.message).toContain('可能重复');
    const row = (await t.core.archive.listNotices()).rows.find((r) => r.id === outcome.noticeId)!;
    expect(row.possibleDuplicate).toBe(true);
    value(await t.core.archive.resolveDuplicate(outcome.noticeId!, 'keep'));
    expect((await t.core.archive.listNotices()).rows.find((r) => r.id === outcome.noticeId)!.possibleDuplicate).toBe(false);
  });

  it("does not take another issuer's notice with the same 文号 for a duplicate (阳政发 is 阳泉市 and 阳城县)", async () => {
    t = tempCore();
    await t.core.archive.importPaths([...CORPUS_FILES]);
    const yangcheng2025 = corpusText('yangcheng-county-2024').replace('阳政发〔2024〕1号', '阳政发〔2025〕1号');
    const outcome = await t.core.archive.importText({ text: yangcheng2025 });
    expect(outcome).toMatchObject({ status: 'imported', docNumber: '阳政发〔2025〕1号', duplicates: [] });
  });

  it('archives a .docx with automatic numbering, and knows the same notice again as a PDF', async () => {
    t = tempCore();
    const docx = await t.core.archive.importFile({ fileName: '汛期通知.docx', bytes: new Uint8Array(await noticeDocx()) });
    expect(docx).toMatchObject({ status: 'imported', docNumber: '大政发〔2025〕9号' });
    const detail = value(await t.core.archive.getNotice(docx.noticeId!));
    expect(detail.notice.clauses.map((c) => c.path)).toEqual(['一', '一/一', '一/二', '一/二/1', '一/二/2', '二', '二/一']);
    expect(value(await t.core.archive.originalFile(docx.noticeId!)).mime).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const pdf = await t.core.archive.importPaths([join(FIXTURES_DIR, 'import', 'notice.pdf')]);
    expect(pdf.outcomes[0]).toMatchObject({ status: 'already_present', noticeId: docx.noticeId });
  });

  it('imports pasted text and keeps it as the original', async () => {
    t = tempCore();
    const outcome = await t.core.archive.importText({ text: corpusText('xiying-town-2021') });
    expect(outcome.status).toBe('imported');
    const detail = value(await t.core.archive.getNotice(outcome.noticeId!));
    expect(detail.sourceFile).toBeNull();
    expect(value(await t.core.archive.originalFile(outcome.noticeId!))).toMatchObject({
      fileName: '西政发〔2021〕1号.txt',
      mime: 'text/plain; charset=utf-8',
    });
  });

  it('keeps the original file inside the archive byte for byte', async () => {
    t = tempCore();
    const bytes = iconv.encode(corpusText('daning-county-2025'), 'gb18030');
    const outcome = await t.core.archive.importFile({ fileName: '大宁县通知.txt', bytes });
    const original = value(await t.core.archive.originalFile(outcome.noticeId!));
    expect(original.fileName).toBe('大宁县通知.txt');
    expect(Buffer.from(original.bytes).equals(bytes)).toBe(true);
  });

  it('keeps a file imported from a folder byte for byte, though its reader does not send the bytes back', async () => {
    t = tempCore();
    const bytes = iconv.encode(corpusText('yangcheng-county-2024'), 'gb18030');
    writeFileSync(join(t.dir, '阳城县通知.txt'), bytes);
    const summary = await t.core.archive.importPaths([join(t.dir, '阳城县通知.txt')]);
    expect(summary.outcomes[0].status).toBe('imported');
    const original = value(await t.core.archive.originalFile(summary.outcomes[0].noticeId!));
    expect(Buffer.from(original.bytes).equals(bytes)).toBe(true);
  });

  it('fails each bad file alone with a Chinese reason while the batch goes on', async () => {
    t = tempCore();
    const folder = join(t.dir, 'inbox');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a-good.txt'), corpusText('taiyuan-city-2025'));
    writeFileSync(join(folder, 'b-empty.txt'), '');
    writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8, 9, 0, 0, 1]));
    writeFileSync(join(folder, 'd-broken.docx'), 'this is not a zip file at all');
    writeFileSync(join(folder, 'e-broken.pdf'), '%PDF-1.7 garbage');
    writeFileSync(join(folder, 'f-old.doc'), 'x');
    writeFileSync(join(folder, 'g-song.mp3'), 'x');
    writeFileSync(join(folder, 'sub', 'h-good.txt'), corpusText('xiying-town-2021'));
    const summary = await t.core.archive.importPaths([folder, join(t.dir, 'missing.txt'), join(folder, 'f-old.doc')]);
    expect(summary).toMatchObject({
      imported: 2,
      failed: 7,
      skipped: [{ path: join(folder, 'g-song.mp3'), reason: expect.stringContaining('不是可导入的公文格式') }],
    });
    const reasons = Object.fromEntries(
      summary.outcomes.filter((o) => o.status === 'failed').map((o) => [o.fileName.replace(/^.*\//, ''), o.message]),
    );
    expect(reasons).toEqual({
      'b-empty.txt': '文件是空的',
      'c-binary.txt': expect.stringContaining('二进制'),
      'd-broken.docx': expect.stringContaining('已损坏'),
      'e-broken.pdf': expect.stringContaining('已损坏'),
      'missing.txt': expect.stringContaining('找不到文件'),
      'f-old.doc': expect.stringContaining('.doc'),
    });
  });

  it('says which entries of a folder it skipped and why: hidden files, lock files, links, pipes', async () => {
    t = tempCore();
    const folder = join(t.dir, 'inbox');
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(folder, 'a-good.txt'), corpusText('taiyuan-city-2025'));
    writeFileSync(join(folder, '.hidden.txt'), corpusText('xiying-town-2021'));
    writeFileSync(join(folder, '~$a-good.docx'), 'lock');
    symlinkSync('/etc/passwd', join(folder, 'link.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const summary = await t.core.archive.importPaths([folder]);
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    expect(Object.fromEntries(summary.skipped.map((s) => [s.path.replace(/^.*\//, ''), s.reason]))).toEqual({
      '.git': '隐藏文件夹',
      '.hidden.txt': '隐藏文件',
      '~$a-good.docx': expect.stringContaining('临时文件'),
      'link.txt': expect.stringContaining('符号链接'),
      'pipe.txt': expect.stringContaining('不是普通文件'),
    });
  });

  it('imports .ofd, .doc and .wps notices and records their format; a zip bomb among them fails alone', async () => {
    t = tempCore();
    const folder = join(t.dir, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.ofd'), await ofdPackage([noticePages(corpusText('yangquan-city-2025'))]));
    writeFileSync(join(folder, 'b.doc'), readFileSync(join(FIXTURES_DIR, 'import', 'notice.doc')));
    writeFileSync(join(folder, 'c-bomb.docx'), await zipBomb(60));
    writeFileSync(join(folder, 'd.wps'), readFileSync(join(FIXTURES_DIR, 'import', 'notice.doc')));
    writeFileSync(join(folder, 'e.docx'), await noticeDocx());
    const summary = await t.core.archive.importPaths([folder]);
    expect(summary.outcomes.map((o) => [o.fileName.replace(/^.*\//, ''), o.status])).toEqual([
      ['a.ofd', 'imported'],
      ['b.doc', 'imported'],
      ['c-bomb.docx', 'failed'],
      ['d.wps', 'already_present'],
      // The same notice as b.doc, its numbers automatic here: the same content.
      ['e.docx', 'already_present'],
    ]);
    expect(summary.outcomes[2].message).toContain('压缩炸弹');
    expect(t.sql().prepare('SELECT source_format FROM notices ORDER BY id').pluck().all()).toEqual(['ofd', 'doc']);
  }, 60_000);

  it('fails only the file whose writes the database refuses, leaving nothing of it behind', async () => {
    t = tempCore();
    t.sql().exec(`CREATE TRIGGER refuse_xiying BEFORE INSERT ON clauses
      WHEN NEW.heading LIKE '%科学统筹发展与安全两件大事%' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END`);
    const summary = await t.core.archive.importPaths([...CORPUS_FILES]);
    expect(summary).toMatchObject({ imported: 4, failed: 1 });
    expect(summary.outcomes.find((o) => o.status === 'failed')).toMatchObject({
      fileName: expect.stringContaining('xiying-town-2021.txt'),
      message: expect.stringContaining('没有写入任何内容'),
    });
    // SQLite's English never reaches the clerk (it goes to the log).
    expect(summary.outcomes.find((o) => o.status === 'failed')!.message).not.toMatch(/[A-Za-z]/);
    for (const table of ['notices', 'notice_texts', 'registrations', 'audit_log']) {
      expect(t.sql().prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(4);
    }
    expect(t.sql().prepare("SELECT count(*) FROM notices WHERE doc_number = '西政发〔2021〕1号'").pluck().get()).toBe(0);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    t = tempCore();
    const big = join(t.dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    const summary = await t.core.archive.importPaths([big]);
    expect(summary.outcomes[0]).toMatchObject({ status: 'failed', message: expect.stringContaining('超过 20 MB') });
  });

  it('refuses pasted text that is only whitespace', async () => {
    t = tempCore();
    expect(await t.core.archive.importText({ text: ' \n\t ' })).toMatchObject({ status: 'failed', message: '没有文字可以导入' });
  });
});
