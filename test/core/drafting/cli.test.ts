import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalApi } from '../../../electron/core/api/localApi';
import { createCore } from '../../../electron/core/createCore';
import { runCli } from '../../../electron/hosts/cli/main';
import type { CliIo } from '../../../electron/hosts/cli/cliIo';
import { corpusText } from '../../corpus';
import { readDocx, paragraphWith } from '../docx/docxInspect';
import { templateDocx } from '../docx/templateFixture';
import { DANING_ORG, openCore, type CoreFixture } from './coreFixture';

let fixture: CoreFixture;
let orgFile: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), log: (t) => (err += `${t}\n`) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

beforeEach(async () => {
  fixture = openCore();
  for (const name of ['taiyuan-city-2025', 'daning-county-2025', 'yangquan-city-2025']) {
    await fixture.core.archive.importText({ text: corpusText(name), fileName: `${name}.txt` });
  }
  // 阳城县 uses 阳政发 too: the same 文号 from two issuers.
  const yangcheng = corpusText('yangcheng-county-2024').replace('阳政发〔2024〕1号', '阳政发〔2025〕1号');
  await fixture.core.archive.importText({ text: yangcheng, fileName: 'yangcheng.txt' });
  fixture.core.close();
  orgFile = join(fixture.dir, 'ORG.json');
  writeFileSync(orgFile, JSON.stringify(DANING_ORG));
});
afterEach(() => fixture.close());

describe('npm run cli -- generate', () => {
  it('drafts the local notice of an upstream 文号 for ORG.json and writes it', async () => {
    const out = join(fixture.dir, '通知.docx');
    const result = await cli(
      'generate',
      'notice',
      '--from',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--out',
      out,
      '--org',
      orgFile,
      '--date',
      '2025-04-20',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('已生成');
    expect(result.err).not.toContain('校对错误');
    const docx = await readDocx(readFileSync(out));
    expect(paragraphWith(docx.document, '大宁县人民政府关于做好').text).toContain('全县安全生产工作的通知');
    expect(docx.document).toContain('《太原市人民政府关于做好2025年安全生产工作的通知》（并政发〔2025〕1号）');
  });

  it('writes the notice into an office .docx template with --template FILE.docx, and names a bad tag', async () => {
    const template = join(fixture.dir, '红头.docx');
    writeFileSync(
      template,
      templateDocx({ paragraphs: [['大宁县人民政府文件'], ['{{文', '号}}'], ['{{标题}}'], ['{{正文}}'], ['{{署名}}']] }),
    );
    const out = join(fixture.dir, '套红.docx');
    const args = ['generate', 'notice', '--from', '并政发〔2025〕1号', '--db', fixture.dbPath, '--org', orgFile];
    const result = await cli(...args, '--out', out, '--template', template);
    expect(result.code).toBe(0);
    const docx = await readDocx(readFileSync(out));
    expect(paragraphWith(docx.document, '大宁县人民政府文件').text).toBe('大宁县人民政府文件');
    expect(paragraphWith(docx.document, '大宁县人民政府关于做好').text).toContain('全县安全生产工作的通知');
    expect(docx.document).not.toContain('{{');
    writeFileSync(template, templateDocx({ paragraphs: [['{{标题}}'], ['{{发文单位}}']] }));
    const bad = await cli(...args, '--out', join(fixture.dir, 'bad.docx'), '--template', template);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('{{发文单位}}');
    expect(existsSync(join(fixture.dir, 'bad.docx'))).toBe(false);
    // The template is a 文件 版头: asked for a 信函 as well, the clerk is told which to drop, and nothing is written.
    writeFileSync(template, templateDocx({ paragraphs: [['大宁县人民政府文件'], ['{{标题}}'], ['{{正文}}']] }));
    const letter = await cli(...args, '--out', join(fixture.dir, 'letter.docx'), '--template', template, '--layout', 'letter');
    expect(letter.code).toBe(2);
    expect(letter.err).toContain('不能再排成信函格式');
    expect(letter.err).toContain('去掉 --layout letter');
    expect(existsSync(join(fixture.dir, 'letter.docx'))).toBe(false);
    expect((await cli(...args, '--out', join(fixture.dir, 'file.docx'), '--template', template, '--layout', 'file')).code).toBe(0);
    // Any host is told the same by the core.
    const core = createCore({ dbPath: fixture.dbPath });
    const notice = (await core.archive.find('并政发〔2025〕1号'))[0];
    const viaCore = await createLocalApi(core)('documents.generateWith', {
      kind: 'notice',
      upstreamId: notice.id,
      templateFile: template,
      layout: 'minutes',
    });
    core.close();
    expect(viaCore).toEqual({ ok: false, error: expect.stringContaining('信函、纪要、命令格式使用内置版式') });
  });

  it('writes the findings as JSON with --findings-json: places, figures, unknown units, a wrong superior', async () => {
    const org = join(fixture.dir, 'ORG-units.json');
    const units = [
      { name: '大宁县应急管理局', aliases: ['县应急局'] },
      { name: '大宁县发展和改革局', aliases: ['县发改局'] },
      { name: '大宁县住房和城乡建设管理局', aliases: ['县住建局'] },
    ];
    writeFileSync(org, JSON.stringify({ ...DANING_ORG, units }));
    const findingsFile = join(fixture.dir, 'findings.json');
    const out = join(fixture.dir, '通知.docx');
    const result = await cli(
      'generate',
      'notice',
      '--from',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--out',
      out,
      '--org',
      org,
      '--findings-json',
      findingsFile,
    );
    expect(result.code).toBe(0);
    const findings = JSON.parse(readFileSync(findingsFile, 'utf8')) as {
      rule: string;
      severity: string;
      message: string;
      clause: string | null;
    }[];
    for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'clause']);
    expect(findings.filter((f) => f.rule === 'draft-not-superior')).toEqual([
      expect.objectContaining({ severity: 'warning', clause: null, message: expect.stringContaining('大宁县属临汾市') }),
    ]);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'draft-upstream-place', clause: '三/十三', message: expect.stringContaining('清徐') }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'draft-upstream-figure', clause: '三/十三', message: expect.stringContaining('33座') }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'draft-unknown-unit', message: expect.stringContaining('县审批服务管理局') }),
    );
    // Units the directory knows by an alias are not flagged.
    expect(findings.some((f) => f.rule === 'draft-unknown-unit' && /县应急局|县住建局/.test(f.message))).toBe(false);
    expect(result.err).toContain('[draft-upstream-figure]');
  });

  it('says in Chinese that the 本机关 settings are missing', async () => {
    const result = await cli(
      'generate',
      'notice',
      '--from',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--out',
      join(fixture.dir, 'x.docx'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/错误：还没有设置本机关信息.*--org/);
  });

  it('uses the settings stored in the archive without --org', async () => {
    const core = createCore({ dbPath: fixture.dbPath });
    await core.organization.save(DANING_ORG);
    core.close();
    const out = join(fixture.dir, 'stored.docx');
    const result = await cli('generate', 'notice', '--from', '并政发〔2025〕1号', '--db', fixture.dbPath, '--out', out);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('asks for --issuer when two issuers share the 文号, and accepts it', async () => {
    const out = join(fixture.dir, 'slip.docx');
    const ambiguous = await cli(
      'generate',
      'routing-slip',
      '--from',
      '阳政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--out',
      out,
      '--org',
      orgFile,
    );
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('对应 2 份公文');
    expect(ambiguous.err).toContain('--issuer');
    const chosen = await cli(
      'generate',
      'routing-slip',
      '--from',
      '阳政发〔2025〕1号',
      '--issuer',
      '阳城县人民政府',
      '--db',
      fixture.dbPath,
      '--out',
      out,
      '--org',
      orgFile,
    );
    expect(chosen.code).toBe(0);
    const docx = await readDocx(readFileSync(out));
    expect(docx.document).toContain('阳城县人民政府');
  });

  it('lays the notice out as a 信函 or a 纪要 with --layout, and refuses an unknown layout', async () => {
    const run = (out: string, ...extra: string[]) =>
      cli('generate', 'notice', '--from', '并政发〔2025〕1号', '--db', fixture.dbPath, '--out', out, '--org', orgFile, ...extra);
    const letter = join(fixture.dir, '函.docx');
    expect((await run(letter, '--layout', 'letter')).code).toBe(0);
    const letterXml = (await readDocx(readFileSync(letter))).document;
    expect(letterXml).toContain('<w:framePr');
    expect(letterXml).toContain('<w:titlePg');
    const minutes = join(fixture.dir, '纪要.docx');
    expect((await run(minutes, '--layout', 'minutes', '--present', '王志刚,李红梅', '--absent', '吴十')).code).toBe(0);
    const minutesXml = (await readDocx(readFileSync(minutes))).document;
    expect(paragraphWith(minutesXml, '出席：').text).toBe('出席：王志刚、李红梅');
    expect(paragraphWith(minutesXml, '请假：').text).toBe('请假：吴十');
    const sealed = join(fixture.dir, '盖章.docx');
    expect((await run(sealed, '--sealed', '--signer', '张三')).code).toBe(0);
    expect(paragraphWith((await readDocx(readFileSync(sealed))).document, '签发人：').text).toContain('张三');
    const wrong = await run(join(fixture.dir, 'x.docx'), '--layout', 'poster');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--layout 应为');
    expect(existsSync(join(fixture.dir, 'x.docx'))).toBe(false);
  });

  it('writes the other kinds', async () => {
    for (const args of [
      ['task-table', '--from', '并政发〔2025〕1号'],
      ['unit-tasks', '--unit', '县住建局'],
      ['unit-tasks', '--unit', '县住建局', '--from', '大政发〔2025〕1号'],
    ]) {
      const out = join(fixture.dir, `${args[0]}.docx`);
      const result = await cli('generate', ...args, '--db', fixture.dbPath, '--out', out, '--org', orgFile);
      expect(result.code, result.err).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('refuses an unknown kind, a missing --out and a catalogue without --year', async () => {
    expect((await cli('generate', 'poster', '--db', fixture.dbPath, '--out', 'x.docx')).code).toBe(2);
    expect((await cli('generate', 'notice', '--from', '并政发〔2025〕1号', '--db', fixture.dbPath)).code).toBe(2);
    const catalogue = await cli('generate', 'catalogue', '--db', fixture.dbPath, '--out', join(fixture.dir, 'c.docx'));
    expect(catalogue.code).toBe(2);
    expect(catalogue.err).toContain('--year');
  });

  it('names an unknown 文号 and a broken ORG.json', async () => {
    const unknown = await cli(
      'generate',
      'notice',
      '--from',
      '晋政发〔2025〕9号',
      '--db',
      fixture.dbPath,
      '--out',
      'x.docx',
      '--org',
      orgFile,
    );
    expect(unknown.err).toContain('档案库中没有文号为“晋政发〔2025〕9号”的公文');
    writeFileSync(orgFile, '{ "name": ');
    const broken = await cli(
      'generate',
      'notice',
      '--from',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--out',
      'x.docx',
      '--org',
      orgFile,
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('不是有效的 JSON');
  });
});

describe('npm run cli -- coverage', () => {
  it('prints matches, uncovered upstream and new local clauses as JSON', async () => {
    const result = await cli(
      'coverage',
      '--local',
      '大政发〔2025〕1号',
      '--upstream',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
      '--json',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      matches: { local: string; upstream: string[]; score: number }[];
      uncoveredUpstream: string[];
      newLocal: string[];
    };
    expect(Object.keys(json)).toEqual(['matches', 'uncoveredUpstream', 'newLocal']);
    expect(json.matches[0]).toEqual({ local: '一', upstream: ['一'], score: expect.any(Number) });
    expect(Object.keys(json.matches[0])).toEqual(['local', 'upstream', 'score']);
    expect(json.uncoveredUpstream).toContain('七');
    expect(json.newLocal).toContain('七');
  });

  it('tells the clerk in Chinese which clauses are covered and which are not', async () => {
    const result = await cli(
      'coverage',
      '--local',
      '阳政发〔2025〕1号',
      '--local-issuer',
      '阳泉市',
      '--upstream',
      '并政发〔2025〕1号',
      '--db',
      fixture.dbPath,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('（九）落实员工安全责任 ← （五）强化员工安全责任');
    expect(result.out).toContain('上级文件中未落实的条款');
    expect(result.out).toContain('本级新增的条款');
  });

  it('needs both 文号s', async () => {
    expect((await cli('coverage', '--local', '大政发〔2025〕1号', '--db', fixture.dbPath)).code).toBe(2);
  });
});
