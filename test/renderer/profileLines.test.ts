import { describe, expect, it } from 'vitest';
import { linesToProfiles, profilesToLines } from '../../renderer/settings/profileLines';

const office = {
  id: 'bgs',
  label: '县政府办公室',
  signature: '大宁县人民政府办公室',
  issuerMark: '大宁县人民政府办公室文件',
  agencyCode: '大政办发',
  printer: '大宁县人民政府办公室',
  officeTemplateId: 't1',
};

describe('issuing identities as lines of the settings form', () => {
  it('round-trips and keeps an edited profile’s id and template', () => {
    const text = profilesToLines([office]);
    expect(text).toBe('县政府办公室｜大宁县人民政府办公室｜大宁县人民政府办公室文件｜大政办发｜大宁县人民政府办公室');
    const edited = linesToProfiles(
      `${text.replace('大政办发', '大政办函')}\n县委｜中共大宁县委员会｜中共大宁县委员会文件｜大发｜中共大宁县委办公室`,
      [office],
    );
    expect(edited).toEqual({
      profiles: [
        { ...office, agencyCode: '大政办函' },
        {
          id: 'p2',
          label: '县委',
          signature: '中共大宁县委员会',
          issuerMark: '中共大宁县委员会文件',
          agencyCode: '大发',
          printer: '中共大宁县委办公室',
          officeTemplateId: null,
        },
      ],
    });
  });

  it('names a line without its five fields', () => {
    expect(linesToProfiles('县委｜中共大宁县委员会', [])).toEqual({ error: expect.stringContaining('第1行应有5项') });
  });
});
