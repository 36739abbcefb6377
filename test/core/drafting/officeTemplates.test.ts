import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api/createApi';
import { findSoffice } from '../../../electron/core/drafting/officeTemplateService';
import type { ApiResult } from '../../../shared/api/method';
import { corpusText } from '../../corpus';
import { paragraphs, readDocx } from '../docx/docxInspect';
import { templateDocx } from '../docx/templateFixture';
import { DANING_ORG, openCore, type CoreFixture } from './coreFixture';

let fixture: CoreFixture;
let upstreamId: number;

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const RED_HEADER = templateDocx({
  paragraphs: [['大宁县人民政府文件'], ['{{文', '号}}'], ['{{标题}}'], ['{{正文}}'], ['{{署名}}'], ['{{成文日期}}']],
});

beforeEach(async () => {
  fixture = openCore();
  const outcome = await fixture.core.archive.importText({ text: corpusText('taiyuan-city-2025'), fileName: 'taiyuan.txt' });
  upstreamId = outcome.noticeId!;
  value(await fixture.core.organization.save(DANING_ORG));
});
afterEach(() => fixture.close());

const call = (method: string, args: unknown) => createApi(fixture.core, { log: () => undefined })(method, args);

describe('office .docx templates through the contract', () => {
  it('adds a template with its tags, kept as a file beside the archive', async () => {
    const added = value(await call('officeTemplates.add', { fileName: '县政府红头.docx', bytes: new Uint8Array(RED_HEADER) })) as {
      id: string;
      name: string;
      tags: string[];
    };
    expect(added.name).toBe('县政府红头');
    expect(added.tags).toEqual(['文号', '标题', '正文', '署名', '成文日期']);
    expect(existsSync(join(fixture.dir, 'office-templates', `${added.id}.docx`))).toBe(true);
    const list = value(await call('officeTemplates.list', {})) as { templates: { id: string }[]; chosen: object };
    expect(list.templates.map((t) => t.id)).toEqual([added.id]);
    expect(list.chosen).toEqual({});
  });

  it('refuses a template with an unknown tag, or a file that is not .docx, naming the problem', async () => {
    const bad = templateDocx({ paragraphs: [['{{标题}}'], ['{{发文', '单位}}']] });
    const refused = await call('officeTemplates.add', { fileName: '坏模板.docx', bytes: new Uint8Array(bad) });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('{{发文单位}}') });
    const notDocx = await call('officeTemplates.add', { fileName: '模板.wps', bytes: new Uint8Array([1, 2]) });
    expect(notDocx).toMatchObject({ ok: false, error: expect.stringContaining('.docx') });
    expect((value(await call('officeTemplates.list', {})) as { templates: unknown[] }).templates).toEqual([]);
  });

  it('writes the notice into the template chosen for notices, and back to the built-in layout when unchosen', async () => {
    const { id } = value(await fixture.core.officeTemplates.add('红头.docx', RED_HEADER));
    const draft = value(await fixture.core.drafting.create({ upstreamId, signedDate: '2025-04-20' }));
    value(await call('officeTemplates.choose', { kind: 'notice', id }));
    const inTemplate = value(await fixture.core.documents.generate({ kind: 'notice', draftId: draft.id }));
    const texts = paragraphs((await readDocx(Buffer.from(inTemplate.bytes))).document).map((p) => p.text);
    expect(texts[0]).toBe('大宁县人民政府文件');
    expect(texts.some((t) => t.startsWith('一、'))).toBe(true);
    // A 信函 takes its own head (§10.1), not the office's 文件 版头.
    const letter = value(await fixture.core.documents.generate({ kind: 'notice', draftId: draft.id, layout: 'letter' }));
    const letterXml = (await readDocx(Buffer.from(letter.bytes))).document;
    expect(letterXml).toContain('<w:framePr');
    expect(letterXml).not.toContain('大宁县人民政府文件');
    value(await call('officeTemplates.choose', { kind: 'notice', id: null }));
    const builtIn = value(await fixture.core.documents.generate({ kind: 'notice', draftId: draft.id }));
    expect(Buffer.from(builtIn.bytes).equals(Buffer.from(inTemplate.bytes))).toBe(false);
    expect(await call('officeTemplates.choose', { kind: 'catalogue', id })).toMatchObject({ ok: false });
  });

  it('removes a template and its choice; a damaged index loses no template file', async () => {
    const { id } = value(await fixture.core.officeTemplates.add('红头.docx', RED_HEADER));
    const other = value(await fixture.core.officeTemplates.add('党委红头.docx', RED_HEADER));
    value(await fixture.core.officeTemplates.choose('notice', id));
    value(await call('officeTemplates.remove', { id }));
    const list = await fixture.core.officeTemplates.list();
    expect(list.templates.map((t) => t.id)).toEqual([other.id]);
    expect(list.chosen).toEqual({});
    writeFileSync(join(fixture.dir, 'office-templates', 'index.json'), '{ broken');
    expect((await fixture.core.officeTemplates.list()).templates.map((t) => t.id)).toEqual([other.id]);
  });

  it('previews the first page filled with a sample notice where LibreOffice is installed', async () => {
    const { id } = value(await fixture.core.officeTemplates.add('红头.docx', RED_HEADER));
    const preview = await call('officeTemplates.preview', { id });
    if (findSoffice() === null) {
      expect(preview).toMatchObject({ ok: false, error: expect.stringContaining('LibreOffice') });
      return;
    }
    const png = value(preview) as { mime: string; bytes: Uint8Array };
    expect(png.mime).toBe('image/png');
    expect(Buffer.from(png.bytes).subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(join(fixture.dir, 'preview.png'), png.bytes);
    expect(readFileSync(join(fixture.dir, 'preview.png')).length).toBeGreaterThan(1000);
  }, 120_000);
});
