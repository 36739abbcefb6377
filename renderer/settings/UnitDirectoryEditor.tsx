/**
 * 机构名录: the office's own units, each with its full name and the short names it goes by (县应急局 …).
 * Typed here or imported from a list (.xlsx, .txt, .csv); saved as part of 本机关. Units in received
 * notices resolve to these names, and a draft naming a unit missing here is flagged in 公文校对.
 */
import { useRef, useState } from 'react';
import type { Organization } from '../../shared/drafting/organization';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { PairTable } from '../components/PairTable';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

type Row = { name: string; aliases: string; groups: string[] };

const toRows = (units: Organization['units']): Row[] =>
  units.map((u) => ({ name: u.name, aliases: u.aliases.join('、'), groups: u.groups }));
const splitAliases = (text: string) => text.split(/[、，,；;\s]+/).filter(Boolean);

export function UnitDirectoryEditor({ organization }: { organization: Organization }) {
  const [rows, setRows] = useSyncedForm(organization.units, toRows);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    const result = await api.call('settings.readUnitList', { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    // Units already listed keep their row and gain the file's aliases; new ones are added at the end.
    setRows((current) => {
      const next = [...current];
      for (const unit of result.value.units) {
        const at = next.findIndex((r) => r.name.trim() === unit.name);
        if (at < 0) next.push({ name: unit.name, aliases: unit.aliases.join('、'), groups: unit.groups ?? [] });
        else next[at] = { ...next[at], aliases: [...new Set([...splitAliases(next[at].aliases), ...unit.aliases])].join('、') };
      }
      return next;
    });
    toast(`已从“${file.name}”读入 ${result.value.units.length} 个单位，请核对后保存。`);
  }

  async function save() {
    const units = rows
      .filter((r) => r.name.trim())
      .map((r) => ({ name: r.name.trim(), aliases: splitAliases(r.aliases), groups: r.groups }));
    const result = await api.call('settings.saveOrganization', { organization: { ...organization, units } });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    archiveChanged();
    toast('机构名录已保存，存档中的责任单位已按名录重新对应。');
  }

  return (
    <div data-testid="unit-directory">
      <ErrorBox error={error} />
      {rows.length === 0 ? (
        <p className="muted">还没有机构名录。可逐个添加，或导入一份单位名单（Excel 表格或文本，每行一个单位：全称在前，简称在后）。</p>
      ) : null}
      <PairTable
        rows={rows}
        columns={[
          { key: 'name', header: '单位全称', label: '单位全称' },
          { key: 'aliases', header: '简称、别名（用顿号分隔）', label: '简称' },
        ]}
        onChange={setRows}
      />
      <div className="form-actions">
        <button type="button" onClick={() => setRows((rs) => [...rs, { name: '', aliases: '', groups: [] }])}>
          添加一行
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          导入名单…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.txt,.csv"
          hidden
          aria-label="选择单位名单文件"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="primary" onClick={save}>
          保存机构名录
        </button>
      </div>
    </div>
  );
}
