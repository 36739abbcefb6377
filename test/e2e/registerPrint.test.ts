/**
 * The register on paper, as Chromium prints it: past a block of 250 rows the column header is printed
 * once at the top of each page and never in the middle of one.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, SETTLED, startBrowserMode, type BrowserMode } from './browserMode';
import { AppShell } from './pages/AppShell';

type ApiReply = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** More than one block of rows (PrintView lays out 250 at a time), the second starting mid-page. */
const NOTICES = 300;

function notice(n: number): string {
  return [
    '阳城县人民政府办公室',
    `阳城县人民政府办公室关于做好第${n}批安全隐患排查整治工作的通知`,
    `阳政办发〔2025〕${n}号`,
    '各乡镇人民政府，县直各部门：',
    `一、加强巡查。对第${n}片区燃气管网、危房逐一排查。`,
    '阳城县人民政府办公室',
    '2025年4月20日',
    '',
  ].join('\n');
}

describe('the register printed', { timeout: 300_000 }, () => {
  let app: BrowserMode;

  beforeAll(async () => {
    app = await startBrowserMode();
    const token = new URL(app.url).searchParams.get('token')!;
    for (let n = 1; n <= NOTICES; n++) {
      const reply = await fetch(new URL('/api/archive.importText', app.url), {
        method: 'POST',
        headers: { 'x-gongwen-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({ text: notice(n), fileName: `通知${n}.txt` }),
      });
      const imported = (await reply.json()) as ApiReply;
      if (!imported.ok) throw new Error(imported.error);
    }
    const shell = new AppShell(app.page);
    await shell.open(app.url);
    await shell.goTo('收文登记簿');
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('shows the column header once, at the top of every page', async () => {
    await app.page.getByRole('button', { name: '打印' }).click();
    const print = app.page.getByTestId('print-view');
    await expect.poll(() => print.locator('.print-block tr').count(), SETTLED).toBe(NOTICES);
    await app.page.emulateMedia({ media: 'print' });
    const pdf = join(ARTIFACTS_DIR, 'register-print.pdf');
    writeFileSync(pdf, await app.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((text) => text.trim());
    expect(pages.length).toBeGreaterThan(2);
    // Each page: the header (its 收文编号 heading, found in no row) once, above every row.
    for (const text of pages) {
      const lines = text.split('\n');
      const headers = lines.filter((line) => line.includes('收文编号'));
      expect(headers).toHaveLength(1);
      const firstRow = lines.findIndex((line) => /阳政办发〔2025〕\d+号/.test(line));
      expect(lines.indexOf(headers[0])).toBeLessThan(firstRow);
    }
    // Every row is on paper, the block's last and the next one's first among them.
    const all = pages.join('\n');
    for (const n of [1, 250, 251, NOTICES]) expect(all).toContain(`阳政办发〔2025〕${n}号`);
  });
});
