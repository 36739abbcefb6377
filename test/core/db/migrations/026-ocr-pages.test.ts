import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, seedNotice } from '../migrationKit';

describe('migration 26: OCR pages', () => {
  it('adds the per-page OCR reading beside the notices already archived, removed with its notice', () => {
    const db = databaseAt(25);
    const id = seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '晋政发〔2025〕3号' });
    expect(migrateTo(db, 26).applied).toEqual([26]);
    expect(db.prepare('SELECT id FROM notices').pluck().all()).toEqual([id]);
    const lines = JSON.stringify([{ text: '晋政发〔2025】3号', confidence: 0.87, box: { x: 640, y: 492, width: 384, height: 44 } }]);
    db.prepare('INSERT INTO ocr_pages VALUES (?, 1, 1654, 2339, 0.97, ?)').run(id, lines);
    expect(() => db.prepare('INSERT INTO ocr_pages VALUES (?, 2, 1654, 2339, 1.5, ?)').run(id, '[]')).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO ocr_pages VALUES (?, 2, 1654, 2339, 0.9, ?)').run(id, '{not json')).toThrow(/CHECK/);
    db.prepare('DELETE FROM notices WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM ocr_pages').pluck().get()).toBe(0);
  });
});
