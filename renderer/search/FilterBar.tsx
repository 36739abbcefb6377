/** The search filters: 年度, 发文机关, 文种, 责任单位, 状态, 保管期限 — lists filled from the archive. */
import { RETENTION_NAMES, RETENTIONS, STATUS_NAMES, STATUSES } from '../../shared/api/vocabulary';
import type { SearchFilters } from '../../shared/api/searchContract';
import { useApi } from '../api/useApi';

interface FilterBarProps {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
}

interface FilterSelectProps<V extends string | number> {
  label: string;
  /** The first choice, which sets no filter (全部年度, 全部文种 …). */
  all: string;
  value: V | undefined;
  values: readonly V[] | undefined;
  text?(value: V): string;
  onChange(value: string): void;
}

function FilterSelect<V extends string | number>({ label, all, value, values, text = String, onChange }: FilterSelectProps<V>) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      <option value="">{all}</option>
      {values?.map((v) => (
        <option key={v} value={v}>
          {text(v)}
        </option>
      ))}
    </select>
  );
}

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const facets = useApi('search.facets', {}).value;
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | '') =>
    onChange({ ...filters, [key]: value === '' || value === undefined ? undefined : value });

  return (
    <div className="toolbar" role="group" aria-label="检索条件">
      <FilterSelect
        label="年度"
        all="全部年度"
        value={filters.year}
        values={facets?.years}
        text={(year) => `${year}年`}
        onChange={(year) => set('year', year ? Number(year) : '')}
      />
      <FilterSelect
        label="发文机关"
        all="全部发文机关"
        value={filters.issuer}
        values={facets?.issuers}
        onChange={(issuer) => set('issuer', issuer)}
      />
      <FilterSelect
        label="文种"
        all="全部文种"
        value={filters.docKind}
        values={facets?.docKinds}
        onChange={(kind) => set('docKind', kind)}
      />
      <FilterSelect
        label="责任单位"
        all="全部责任单位"
        value={filters.unit}
        values={facets?.units}
        onChange={(unit) => set('unit', unit)}
      />
      <FilterSelect
        label="办理状态"
        all="全部状态"
        value={filters.status}
        values={STATUSES}
        text={(s) => STATUS_NAMES[s]}
        onChange={(s) => set('status', s as SearchFilters['status'])}
      />
      <FilterSelect
        label="保管期限"
        all="全部保管期限"
        value={filters.retention}
        values={RETENTIONS}
        text={(r) => RETENTION_NAMES[r]}
        onChange={(r) => set('retention', r as SearchFilters['retention'])}
      />
      {Object.values(filters).some((v) => v !== undefined) ? (
        <button type="button" className="link" onClick={() => onChange({})}>
          清除条件
        </button>
      ) : null}
    </div>
  );
}
