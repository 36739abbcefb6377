/** The search filters: 年度, 发文机关, 文种, 责任单位, 状态, 保管期限 — lists filled from the archive. */
import { RETENTION_NAMES, RETENTIONS, STATUS_NAMES, STATUSES } from '../../shared/api/vocabulary';
import type { SearchFilters } from '../../shared/api/searchContract';
import { useApi } from '../api/useApi';

interface FilterBarProps {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
}

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const facets = useApi('search.facets', {}).value;
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | '') =>
    onChange({ ...filters, [key]: value === '' || value === undefined ? undefined : value });

  return (
    <div className="toolbar" role="group" aria-label="检索条件">
      <select aria-label="年度" value={filters.year ?? ''} onChange={(e) => set('year', e.target.value ? Number(e.target.value) : '')}>
        <option value="">全部年度</option>
        {facets?.years.map((year) => (
          <option key={year} value={year}>
            {year}年
          </option>
        ))}
      </select>
      <select aria-label="发文机关" value={filters.issuer ?? ''} onChange={(e) => set('issuer', e.target.value)}>
        <option value="">全部发文机关</option>
        {facets?.issuers.map((issuer) => (
          <option key={issuer}>{issuer}</option>
        ))}
      </select>
      <select aria-label="文种" value={filters.docKind ?? ''} onChange={(e) => set('docKind', e.target.value)}>
        <option value="">全部文种</option>
        {facets?.docKinds.map((kind) => (
          <option key={kind}>{kind}</option>
        ))}
      </select>
      <select aria-label="责任单位" value={filters.unit ?? ''} onChange={(e) => set('unit', e.target.value)}>
        <option value="">全部责任单位</option>
        {facets?.units.map((unit) => (
          <option key={unit}>{unit}</option>
        ))}
      </select>
      <select aria-label="办理状态" value={filters.status ?? ''} onChange={(e) => set('status', e.target.value as SearchFilters['status'])}>
        <option value="">全部状态</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_NAMES[s]}
          </option>
        ))}
      </select>
      <select aria-label="保管期限" value={filters.retention ?? ''} onChange={(e) => set('retention', e.target.value as SearchFilters['retention'])}>
        <option value="">全部保管期限</option>
        {RETENTIONS.map((r) => (
          <option key={r} value={r}>
            {RETENTION_NAMES[r]}
          </option>
        ))}
      </select>
      {Object.values(filters).some((v) => v !== undefined) ? (
        <button type="button" className="link" onClick={() => onChange({})}>
          清除条件
        </button>
      ) : null}
    </div>
  );
}
