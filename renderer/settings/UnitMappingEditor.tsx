/**
 * 责任单位对应: upstream unit → local unit (市应急局 → 县应急管理局). Learned from the clerk's edits in
 * drafts and editable here; saved as part of 本机关.
 */
import { useState } from 'react';
import type { Organization } from '../../shared/drafting/organization';
import { api } from '../api/client';
import { archiveChanged } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { PairTable } from '../components/PairTable';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

type Pair = { upstream: string; local: string };

export function UnitMappingEditor({ organization }: { organization: Organization }) {
  const [pairs, setPairs] = useSyncedForm(organization.unitMapping, (mapping): Pair[] =>
    Object.entries(mapping).map(([upstream, local]) => ({ upstream, local })),
  );
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const complete = pairs.filter((p) => p.upstream.trim() && p.local.trim());
    const unitMapping = Object.fromEntries(complete.map((p) => [p.upstream.trim(), p.local.trim()]));
    const result = await api.call('settings.saveOrganization', { organization: { ...organization, unitMapping } });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    archiveChanged();
    toast('单位对应关系已保存。');
  }

  return (
    <div data-testid="unit-mapping">
      <ErrorBox error={error} />
      {pairs.length === 0 ? <p className="muted">还没有对应关系。起草时修改过的责任单位会自动记在这里，也可以手动添加。</p> : null}
      <PairTable
        rows={pairs}
        columns={[
          { key: 'upstream', header: '上级文件中的单位', label: '上级单位' },
          { key: 'local', header: '本地对应单位', label: '本地单位' },
        ]}
        onChange={setPairs}
      />
      <div className="form-actions">
        <button type="button" onClick={() => setPairs((ps) => [...ps, { upstream: '', local: '' }])}>
          添加一行
        </button>
        <button type="button" className="primary" onClick={save}>
          保存对应关系
        </button>
      </div>
    </div>
  );
}
