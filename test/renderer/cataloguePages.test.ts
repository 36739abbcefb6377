import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../shared/api/registrationContract';
import { pagesFromText, pagesNote } from '../../renderer/notice/cataloguePages';

const entry: CatalogueEntry = {
  noticeId: 1,
  archivalCode: 'Z109-WS·2025-Y-0001',
  retention: 'permanent',
  docNumber: '大政发〔2025〕1号',
  issuer: '大宁县人民政府',
  title: '关于做好2025年全县安全生产工作的通知',
  signedDate: '2025-04-20',
  secrecy: null,
  pages: 3,
  pagesFrom: 'file',
  counted: 3,
};

describe('the 页数 field of the catalogue', () => {
  it('reads a whole number (full-width digits too), and empty as “count the file”', () => {
    expect(pagesFromText(' 12 ')).toEqual({ ok: true, pages: 12 });
    expect(pagesFromText('１２')).toEqual({ ok: true, pages: 12 });
    expect(pagesFromText('')).toEqual({ ok: true, pages: null });
  });

  it('refuses what is not a page count, in Chinese', () => {
    expect(pagesFromText('0')).toEqual({ ok: false, error: '页数至少为1' });
    expect(pagesFromText('2.5')).toEqual({ ok: false, error: '页数应为整数' });
    expect(pagesFromText('三页')).toEqual({ ok: false, error: '页数应为数字' });
    expect(pagesFromText('99999999')).toEqual({ ok: false, error: '页数过大' });
  });

  it('says where each 页数 comes from', () => {
    expect(pagesNote(entry)).toBe('按来文文件计');
    expect(pagesNote({ ...entry, pages: null, pagesFrom: null, counted: null })).toBe('无法从文件得知，请填写');
    expect(pagesNote({ ...entry, pages: 4, pagesFrom: 'clerk' })).toBe('来文文件为3页');
    expect(pagesNote({ ...entry, pagesFrom: 'clerk' })).toBe('');
  });
});
