import { describe, expect, it } from 'vitest';
import { noticeRepo } from '../../../../electron/core/store/sqlite/noticeRepo';
import { databaseAt, migrateTo, queryPlan, seedNotice } from '../migrationKit';

const MIN_ISSUER = 'SELECT min(issuer_key) FROM notices WHERE agency_code = ? AND deleted_at IS NULL';

describe('migration 28: issuers of a 机关代字', () => {
  it('finds the first issuer of a 机关代字 from an index, without reading its notices', () => {
    const db = databaseAt(27);
    seedNotice(db, { title: '关于做好燃气安全工作的通知', docNumber: '阳政发〔2025〕3号', issuer: '阳泉市人民政府' });
    expect(migrateTo(db, 28).applied).toEqual([28]);
    expect(queryPlan(db, MIN_ISSUER, '阳政发')).toEqual([
      'SEARCH notices USING COVERING INDEX notices_agency_issuers (agency_code=? AND deleted_at=?)',
    ]);
    expect(queryPlan(db, 'SELECT id FROM notices WHERE agency_code = ?', '阳政发')[0]).toMatch(/notices_agency_issuers \(agency_code=\?\)/);
  });

  it('counts 0, 1 or more live issuers of a 机关代字, the recycle bin and unknown issuers aside', async () => {
    const db = databaseAt(28);
    const notices = noticeRepo(db);
    seedNotice(db, { title: '关于燃气检查的通知', docNumber: '阳政发〔2025〕1号', issuer: '阳泉市人民政府' });
    seedNotice(db, { title: '关于消防检查的通知', docNumber: '阳政发〔2025〕2号', issuer: '阳泉市人民政府' });
    expect(await notices.issuerCountOfAgency('阳政发')).toBe(1);
    expect(await notices.issuerCountOfAgency('沁政发')).toBe(0);
    const other = seedNotice(db, { title: '关于防汛的通知', docNumber: '阳政发〔2025〕9号', issuer: '阳城县人民政府' });
    expect(await notices.issuerCountOfAgency('阳政发')).toBe(2);
    await notices.setDeleted(other, '2025-04-01T00:00:00.000Z');
    expect(await notices.issuerCountOfAgency('阳政发')).toBe(1);
    db.prepare('UPDATE notices SET issuer_key = NULL').run();
    expect(await notices.issuerCountOfAgency('阳政发')).toBe(0);
  });
});
