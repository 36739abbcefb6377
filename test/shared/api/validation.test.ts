import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/api/validation';

const registration = z
  .object({
    sender: z.string().min(1).max(10).describe('来文机关'),
    copies: z.number().int().min(1).describe('份数'),
    status: z.enum(['pending', 'in_progress', 'done']),
    receivedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    units: z.array(z.string()).max(2),
    urgent: z.boolean(),
    dueDate: z.string().refine((d) => d >= '2025-03-01', '办理期限不能早于收文日期'),
  })
  .strict();

const good = {
  sender: '阳泉市应急管理局',
  copies: 2,
  status: 'pending',
  receivedDate: '2025-03-01',
  units: ['县应急局'],
  urgent: false,
  dueDate: '2025-03-10',
};

/** Every message of a failed validation. */
function messages(input: unknown): string[] {
  const result = validate(registration, input);
  if (result.ok) throw new Error('expected a refusal');
  return [result.error, ...Object.values(result.fields)];
}

describe('validation messages', () => {
  it('accepts what the schema allows', () => {
    expect(validate(registration, good)).toEqual({ ok: true, value: good });
  });

  it('words every kind of zod issue as a Chinese sentence, naming the field when the schema does', () => {
    const bad = {
      sender: '',
      copies: 1.5,
      status: 'lost',
      receivedDate: '3月1日',
      units: ['甲', '乙', '丙'],
      urgent: 'yes',
      dueDate: '2025-02-01',
      extra: 1,
    };
    const result = validate(registration, bad);
    expect(result).toMatchObject({
      ok: false,
      error: '参数不正确：来文机关不能为空。',
      fields: {
        sender: '来文机关不能为空。',
        copies: '份数应为整数。',
        status: '不是可选的值。',
        receivedDate: '内容的格式不正确。',
        units: '不能超过2项。',
        urgent: '应为“是”或“否”。',
        dueDate: '办理期限不能早于收文日期',
        '': '含有无法识别的多余内容。',
      },
    });
  });

  it('says what is missing, too long or too small without type names', () => {
    expect(messages({})).toContain('来文机关缺少必填的内容。');
    expect(messages({ ...good, sender: '一二三四五六七八九十一' })).toContain('来文机关不能超过10个字。');
    expect(messages({ ...good, copies: 0 })).toContain('份数不能小于1。');
    expect(validate(registration, null)).toMatchObject({ ok: false, error: '参数不正确：应为一组字段。' });
    expect(validate(z.object({ kind: z.enum(['通知', '通报']) }), { kind: '函' })).toMatchObject({
      ok: false,
      error: '参数不正确：应为“通知”、“通报”之一。',
    });
  });

  it('never shows English, type names or regular expressions to the clerk', () => {
    const inputs = [{}, null, 'text', { ...good, sender: 5, copies: '2', units: 'x', receivedDate: 20250301 }, { ...good, extra: true }];
    for (const input of inputs) {
      for (const message of messages(input)) expect(message).not.toMatch(/[A-Za-z]{3,}|[\\^$]/);
    }
  });
});
