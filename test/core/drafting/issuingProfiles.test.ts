import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/method';
import { organizationSchema } from '../../../shared/drafting/organization';
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

const OFFICE_PROFILE = {
  id: 'bgs',
  label: '县政府办公室',
  signature: '大宁县人民政府办公室',
  issuerMark: '大宁县人民政府办公室文件',
  agencyCode: '大政办发',
  printer: '大宁县人民政府办公室',
};

beforeEach(async () => {
  fixture = openCore();
  upstreamId = (await fixture.core.archive.importText({ text: corpusText('taiyuan-city-2025'), fileName: 'taiyuan.txt' })).noticeId!;
});
afterEach(() => fixture.close());

describe('several issuing identities (版头 profiles)', () => {
  it('drafts under a profile with its 署名, 标志 and 代字, numbered apart from the organization’s own', async () => {
    const template = value(
      await fixture.core.officeTemplates.add(
        '办公室红头.docx',
        templateDocx({ paragraphs: [['办公室红头'], ['{{文号}}'], ['{{标题}}'], ['{{正文}}']] }),
      ),
    );
    value(
      await fixture.core.organization.save(
        organizationSchema.parse({ ...DANING_ORG, profiles: [{ ...OFFICE_PROFILE, officeTemplateId: template.id }] }),
      ),
    );
    expect((await fixture.core.organization.get())!.profiles.map((p) => p.id)).toEqual(['bgs']);

    const office = value(await fixture.core.drafting.create({ upstreamId, profileId: 'bgs', signedDate: '2025-04-20' }));
    expect(office.draft).toMatchObject({
      profileId: 'bgs',
      issuer: '大宁县人民政府办公室',
      issuerMark: '大宁县人民政府办公室文件',
      agencyCode: '大政办发',
      signature: '大宁县人民政府办公室',
      printer: '大宁县人民政府办公室',
    });
    const own = value(await fixture.core.drafting.create({ upstreamId, signedDate: '2025-04-20' }));
    expect(own.draft).toMatchObject({ profileId: null, agencyCode: '大政发', signature: '大宁县人民政府' });

    expect(value(await fixture.core.drafting.assignNumber(office.id)).draft.docNumber).toBe('大政办发〔2025〕1号');
    expect(value(await fixture.core.drafting.assignNumber(own.id)).draft.docNumber).toBe('大政发〔2025〕1号');

    // The profile's own .docx template is what its notices are written into.
    const file = value(await fixture.core.documents.generate({ kind: 'notice', draftId: office.id }));
    expect(paragraphs((await readDocx(Buffer.from(file.bytes))).document)[0].text).toBe('办公室红头');
  });

  it('names a profile that does not exist', async () => {
    value(await fixture.core.organization.save(DANING_ORG));
    expect(await fixture.core.drafting.create({ upstreamId, profileId: 'dw' })).toEqual({
      ok: false,
      error: expect.stringContaining('“dw”的发文身份'),
    });
  });
});
