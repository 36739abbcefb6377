/**
 * 用语替换规则 between two administrative levels (全市→全县, 市直各部门→县直各部门 …): shown and
 * editable; saved rules apply to drafts created afterwards ("按新规则重新生成" makes a fresh draft).
 */
import { useState } from 'react';
import type { LocalizationRuleSet } from '../../shared/drafting/localizationRules';
import { ADMIN_LEVEL_NAMES, type AdminLevel } from '../../shared/drafting/organization';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { PairTable } from '../components/PairTable';
import { toast } from '../components/Toasts';
import { useSyncedForm } from '../hooks/useSyncedForm';

interface RulesPanelProps {
  fromLevel: AdminLevel;
  toLevel: AdminLevel;
  onRecreate?(): void;
}

export function RulesPanel({ fromLevel, toLevel, onRecreate }: RulesPanelProps) {
  const loaded = useApi('drafting.getRules', { fromLevel, toLevel });
  const [rules, setRules] = useSyncedForm<LocalizationRuleSet | null, LocalizationRuleSet | null>(loaded.value, (stored) => stored);
  const [error, setError] = useState<string | null>(null);

  if (!rules) return <ErrorBox error={loaded.error} />;

  async function save() {
    if (!rules) return;
    const result = await api.call('drafting.saveRules', { ruleSet: { ...rules, rules: rules.rules.filter((r) => r.from.trim()) } });
    if (!result.ok) return setError(result.error);
    setError(null);
    setRules(result.value);
    toast('用语替换规则已保存。');
  }

  return (
    <div data-testid="rules">
      <p className="muted small">
        从{ADMIN_LEVEL_NAMES[fromLevel]}到{ADMIN_LEVEL_NAMES[toLevel]}：左边的词在草稿中替换为右边的词，长的词优先。 保护词（
        {rules.keep.slice(0, 6).join('、')}等）不会被替换。
      </p>
      <ErrorBox error={error} />
      <PairTable
        rows={rules.rules}
        columns={[
          { key: 'from', header: '上级用语', label: '上级用语' },
          { key: 'to', header: '本地用语', label: '本地用语' },
        ]}
        onChange={(edited) => setRules({ ...rules, rules: edited })}
      />
      <div className="form-actions">
        <button type="button" onClick={() => setRules({ ...rules, rules: [...rules.rules, { from: '', to: '' }] })}>
          添加规则
        </button>
        <button type="button" className="primary" onClick={save}>
          保存规则
        </button>
        {onRecreate ? (
          <button type="button" onClick={onRecreate}>
            按新规则重新生成草稿
          </button>
        ) : null}
      </div>
    </div>
  );
}
