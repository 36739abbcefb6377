/** Tasks per responsible unit as horizontal bars (牵头 and 配合 stacked); a click picks the unit. */
import type { UnitSummary } from '../../shared/api/searchContract';

interface UnitChartProps {
  units: UnitSummary[];
  selected: string | null;
  onSelect(name: string): void;
}

export function UnitChart({ units, selected, onSelect }: UnitChartProps) {
  const max = Math.max(1, ...units.map((u) => u.taskCount));
  return (
    <div>
      <div className="legend">
        <span>
          <i className="bar-lead" />
          牵头
        </span>
        <span>
          <i className="bar-co" />
          配合
        </span>
      </div>
      <div className="bar-chart" role="list" aria-label="各单位任务数" data-testid="unit-chart">
        {units.map((unit) => (
          <div
            key={unit.name}
            role="listitem"
            tabIndex={0}
            className={`bar-row${unit.name === selected ? ' active' : ''}`}
            onClick={() => onSelect(unit.name)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(unit.name);
              }
            }}
            title={`${unit.name}：共 ${unit.taskCount} 项任务（牵头 ${unit.leadCount} 项），涉及 ${unit.noticeCount} 份公文`}
          >
            <span className="bar-name">{unit.name}</span>
            <span className="bar-track">
              <span className="bar-lead" style={{ width: `${(unit.leadCount / max) * 100}%` }} />
              <span className="bar-co" style={{ width: `${((unit.taskCount - unit.leadCount) / max) * 100}%` }} />
            </span>
            <span className="count">{unit.taskCount}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
