/** The responsible units of one draft clause: switch 牵头/配合, remove, or add a unit by name. */
import { useState } from 'react';
import type { DraftUnit } from '../../shared/drafting/draft';

interface UnitsEditorProps {
  units: DraftUnit[];
  onChange(units: DraftUnit[]): void;
}

export function UnitsEditor({ units, onChange }: UnitsEditorProps) {
  const [name, setName] = useState('');

  function add() {
    const trimmed = name.trim();
    if (!trimmed || units.some((u) => u.name === trimmed)) return;
    onChange([...units, { name: trimmed, role: units.length === 0 ? 'lead' : 'co', upstream: null }]);
    setName('');
  }

  return (
    <div className="units" aria-label="责任单位">
      {units.map((unit, index) => (
        <span key={unit.name} className={`unit ${unit.role}`} title={unit.upstream ? `上级文件中为“${unit.upstream}”` : '手动添加'}>
          <button
            type="button"
            className="link"
            title="切换牵头/配合"
            onClick={() => onChange(units.map((u, i) => (i === index ? { ...u, role: u.role === 'lead' ? 'co' : 'lead' } : u)))}
          >
            {unit.role === 'lead' ? '牵头' : '配合'}
          </button>{' '}
          {unit.name}{' '}
          <button
            type="button"
            className="link"
            aria-label={`移除 ${unit.name}`}
            onClick={() => onChange(units.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="unit-input"
        placeholder="添加单位，回车确认"
        aria-label="添加责任单位"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
    </div>
  );
}
