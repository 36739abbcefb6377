/**
 * Migration 27: the 页数 of a filed 件 as the clerk wrote it for the 归档文件目录 (DA/T 22). Null where the
 * clerk wrote none: the catalogue then counts the received file's pages where it has them.
 */
import type { Migration } from '../migrate';

export const cataloguePagesMigration: Migration = {
  version: 27,
  name: 'catalogue-pages',
  up(db) {
    db.exec(`
      ALTER TABLE filings ADD COLUMN pages INTEGER CHECK (pages IS NULL OR pages BETWEEN 1 AND 100000);
    `);
  },
};
