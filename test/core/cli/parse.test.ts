import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCommand } from '../../cliBundle';
import { FIXTURES_DIR, corpusText, fixtureText } from '../../corpus';
import { zipBomb } from '../../fixtures/import/hostileZips';
import { noticePages, ofdPackage } from '../../fixtures/import/ofdPackage';

/** `npm run cli -- parse …` as a clerk runs it: a separate process (the command line built once for the run). */
const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const [command, argv] = cliCommand(...args);
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, GONGWEN_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const NAME = 'yangcheng-county-2024';
const text = corpusText(NAME);
const expected = JSON.parse(fixtureText(`corpus-expected/${NAME}.json`));

describe('parse FILE --json', () => {
  const runs = Promise.all([
    cli('parse', file('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), '--json'),
    cli('parse', file('utf16.txt', iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le', { addBOM: true })), '--json'),
    cli('parse', file('gb18030.txt', iconv.encode(text, 'gb18030')), '--json'),
  ]);

  it('prints one JSON object for UTF-8 with BOM, UTF-16 and GB18030 alike', async () => {
    const [utf8, utf16, gb] = await runs;
    for (const run of [utf8, utf16, gb]) {
      expect(run.code).toBe(0);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
    expect(JSON.parse(utf16.stdout)).toEqual(JSON.parse(utf8.stdout));
    expect(JSON.parse(gb.stdout)).toEqual(JSON.parse(utf8.stdout));
  }, 120_000);

  it('holds the elements, the clauses with their units and the findings', async () => {
    const [utf8] = await runs;
    const json = JSON.parse(utf8.stdout);
    expect(json.issuer).toBe(expected.issuer);
    expect(json.docNumber).toEqual({ text: '阳政发〔2024〕1号', agencyCode: '阳政发', year: 2024, serial: 1 });
    expect(json.title).toBe(expected.title);
    expect(json.recipients).toEqual(expected.recipients);
    expect(json.signedDate).toBe('2024-04-12');
    expect(json.cc).toEqual(expected.cc);
    expect(json.citations).toEqual(expected.citations.map((c: { docNumber: string }) => c.docNumber));
    expect(json.clauses.map((c: Record<string, unknown>) => [c.level, c.number, c.heading, c.units, c.inheritedUnits])).toEqual(
      expected.clauses.map((c: { level: number; number: string; heading: string; units: string[]; inheritedUnits: string[] }) => [
        c.level,
        c.number,
        c.heading,
        c.units.map((u) => u.replace(/\*$/, '')),
        c.inheritedUnits,
      ]),
    );
    for (const finding of json.findings) {
      expect(finding).toMatchObject({ rule: expect.any(String), severity: expect.stringMatching(/^(error|warning|info)$/) });
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    }
  }, 120_000);

  it('cites a 文号 as a plain string and names joint issuers (联合行文) in order', async () => {
    const run = await cli('parse', file('joint.txt', fixtureText('notices/joint-party-government.txt')), '--json');
    const json = JSON.parse(run.stdout);
    expect(json.issuers).toEqual(['中共隰县县委办公室', '隰县人民政府办公室']);
    const forwarding = JSON.parse((await cli('parse', file('chain.txt', fixtureText('notices/forwarding-chain.txt')), '--json')).stdout);
    expect(forwarding.citations).toEqual(['临政办发〔2025〕40号', '晋政办发〔2025〕22号']);
  }, 120_000);
});

describe('parse FILE', () => {
  it('prints a readable Chinese summary', async () => {
    const run = await cli('parse', file('summary.txt', text));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('发文机关：阳城县人民政府');
    expect(run.stdout).toContain('文　　号：阳政发〔2024〕1号');
    expect(run.stdout).toContain('成文日期：2024-04-12');
    expect(run.stdout).toMatch(/条款（\d+）：/);
    expect(run.stdout).toContain('县住建局（牵头）');
    expect(() => JSON.parse(run.stdout)).toThrow();
  }, 120_000);
});

describe('parse of the other formats', () => {
  it('reads an .ofd notice and a .doc notice', async () => {
    const ofd = file('通知.ofd', await ofdPackage([noticePages(corpusText('yangquan-city-2025'))]));
    const run = await cli('parse', ofd, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ issuer: '阳泉市人民政府' });
    const doc = await cli('parse', join(FIXTURES_DIR, 'import', 'notice.doc'), '--json');
    expect(JSON.parse(doc.stdout)).toMatchObject({ docNumber: { text: '大政发〔2025〕9号' } });
  }, 120_000);
});

const bomb = join(dir, '炸弹.docx');
beforeAll(async () => writeFileSync(bomb, await zipBomb(60)));

describe('parse on files that hold no notice', () => {
  const folder = join(dir, '收文');
  mkdirSync(folder);
  const big = file('big.txt', '');
  truncateSync(big, 21 * 1024 * 1024);
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 37) % 256;

  it.each([
    ['a missing file', join(dir, '不存在.txt'), /找不到文件/],
    ['a directory', folder, /文件夹/],
    ['binary data', file('binary.txt', binary), /不是文本|二进制/],
    ['an empty file', file('empty.txt', ''), /空/],
    ['a file over 20 MB', big, /20 MB/],
    ['a zip bomb', bomb, /压缩炸弹/],
    ['random bytes named .ofd', file('random.ofd', binary), /不是有效的 OFD/],
  ])(
    'gives %s one Chinese error line on stderr, no stack trace, and a non-zero exit',
    async (_, path, message) => {
      const run = await cli('parse', path, '--json');
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      const errors = run.stderr.split('\n').filter((line) => line.startsWith('错误：'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/Error:|^\s+at /m);
    },
    120_000,
  );
});
