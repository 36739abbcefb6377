/**
 * 新建草稿: choose the upstream notice to carry out (from the archive), the template, the issuing
 * identity (when 本机关 has several) and the date;
 * the core then localizes every clause and maps the units into a draft ready for editing.
 */
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { archiveChanged, useApi } from '../api/useApi';
import { href, navigate } from '../app/router';
import { EmptyState } from '../components/EmptyState';
import { ErrorBox } from '../components/ErrorBox';
import { Field } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { today } from '../register/overdue';

export function NewDraft({ upstream }: { upstream: number | null }) {
  const notices = useApi('archive.listNotices', {});
  const organization = useApi('settings.getOrganization', {});
  const templates = useApi('templates.list', { kind: 'notice' });
  const [chosen, setChosen] = useState<number | null>(upstream);
  const [filter, setFilter] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [profileId, setProfileId] = useState('');
  const [signedDate, setSignedDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => {
    const all = notices.value?.rows ?? [];
    const needle = filter.trim();
    return (needle ? all.filter((r) => `${r.docNumber ?? ''}${r.title ?? ''}${r.sender ?? ''}`.includes(needle)) : all).slice(0, 200);
  }, [notices.value, filter]);

  async function create() {
    if (chosen === null) return;
    setBusy(true);
    const result = await api.call('drafting.create', {
      upstreamId: chosen,
      templateId: templateId || undefined,
      signedDate: signedDate || null,
      profileId: profileId || undefined,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    archiveChanged();
    navigate(href(['drafting', result.value.id]));
  }

  if (organization.value && !organization.value.organization) {
    return (
      <>
        <PageHeader title="新建草稿" />
        <EmptyState
          title="请先填写本机关信息"
          hint="起草需要知道本机关的名称、机关代字和行政层级，才能把上级文件的用语和责任单位换成本地的。"
        >
          <a className="button primary" href={href(['settings'])}>
            去设置本机关
          </a>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title="新建草稿" subtitle="选择要贯彻落实的上级文件">
        <a className="button" href={href(['drafting'])}>
          返回草稿列表
        </a>
        <button type="button" className="primary" disabled={chosen === null || busy} onClick={create}>
          {busy ? '正在生成草稿…' : '生成草稿'}
        </button>
      </PageHeader>
      <div className="page-body">
        <ErrorBox error={error ?? notices.error ?? templates.error} />
        <div className="panel">
          <div className="form-grid">
            <Field label="模板">
              <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                <option value="">默认模板</option>
                {(templates.value?.templates ?? []).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </Field>
            {(organization.value?.organization?.profiles.length ?? 0) > 0 ? (
              <Field label="发文身份">
                <select value={profileId} onChange={(e) => setProfileId(e.target.value)}>
                  <option value="">{organization.value?.organization?.name}</option>
                  {organization.value?.organization?.profiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}（{p.agencyCode}）
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            <Field label="成文日期">
              <input type="date" value={signedDate} onChange={(e) => setSignedDate(e.target.value)} />
            </Field>
            <Field label="查找上级文件">
              <input type="search" placeholder="文号、标题或发文机关" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </Field>
          </div>
        </div>
        {notices.state === 'ok' && notices.value.rows.length === 0 ? (
          <EmptyState title="档案中还没有公文" hint="先导入上级来文，再以它为依据起草本地的贯彻落实通知。">
            <a className="button primary" href={href(['import'])}>
              去导入公文
            </a>
          </EmptyState>
        ) : (
          <table className="table" data-testid="upstream-picker">
            <thead>
              <tr>
                <th />
                <th>文号</th>
                <th>标题</th>
                <th>发文机关</th>
                <th>成文日期</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="clickable" onClick={() => setChosen(row.id)}>
                  <td>
                    <input
                      type="radio"
                      name="upstream"
                      aria-label={row.title ?? ''}
                      checked={chosen === row.id}
                      onChange={() => setChosen(row.id)}
                    />
                  </td>
                  <td>{row.docNumber ?? '—'}</td>
                  <td>{row.title ?? '（无标题）'}</td>
                  <td>{row.sender ?? '—'}</td>
                  <td>{row.signedDate ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
