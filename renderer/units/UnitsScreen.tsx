/**
 * 责任单位: how many tasks each organization carries across the archive (units resolved in their notices'
 * jurisdictions), and one unit's tasks in detail. Enter in the box opens the unit typed, by any alias.
 */
import { useMemo, useState } from 'react';
import { useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { UnitChart } from './UnitChart';
import { UnitTasks } from './UnitTasks';

export function UnitsScreen({ selected }: { selected: string | null }) {
  const units = useApi('units.list', {});
  const [filter, setFilter] = useState('');
  const shown = useMemo(
    () => (units.value?.units ?? []).filter((u) => u.name.includes(filter.trim())).sort((a, b) => b.taskCount - a.taskCount),
    [units.value, filter],
  );
  const select = (name: string) => navigate(href(['units', name]));

  return (
    <>
      <PageHeader title="责任单位" subtitle="各单位在全部存档公文中承担的任务">
        <input
          className="search-box"
          type="search"
          data-search-box
          placeholder="查找单位"
          aria-label="查找单位"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && filter.trim()) select(filter.trim());
          }}
          title="输入单位名称（全称、简称均可），按回车查看其任务"
        />
      </PageHeader>
      <div className="page-body">
        <ErrorBox error={units.error} />
        {units.state === 'ok' && units.value.units.length === 0 ? (
          <EmptyState title="还没有责任单位" hint="导入带有“（责任单位：…）”或“牵头”说明的公文后，这里会列出每个单位的任务。">
            <a className="button primary" href={href(['import'])}>
              去导入公文
            </a>
          </EmptyState>
        ) : (
          <div className="detail units-layout">
            <section className="panel scroll-panel" aria-label="各单位任务数">
              <h2>任务数（{shown.length} 个单位）</h2>
              <UnitChart units={shown} selected={selected} onSelect={select} />
            </section>
            <section className="panel scroll-panel">
              {selected ? <UnitTasks name={selected} /> : <p className="muted">在左侧选择一个单位，查看它在各份公文中的全部任务。</p>}
            </section>
          </div>
        )}
      </div>
    </>
  );
}
