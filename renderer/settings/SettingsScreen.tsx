/** 设置: 本机关, 机构名录, 责任单位对应, 收文编号格式, 备份与恢复 — one panel each. */
import { useApi } from '../api/useApi';
import { ErrorBox } from '../components/ErrorBox';
import { PageHeader } from '../components/PageHeader';
import { BackupPanel } from './BackupPanel';
import { FondsForm } from './FondsForm';
import { OrganizationForm } from './OrganizationForm';
import { RegistrationPatternForm } from './RegistrationPatternForm';
import { UnitDirectoryEditor } from './UnitDirectoryEditor';
import { UnitMappingEditor } from './UnitMappingEditor';

export function SettingsScreen() {
  const organization = useApi('settings.getOrganization', {});
  const org = organization.value?.organization ?? null;
  return (
    <>
      <PageHeader title="设置" />
      <div className="page-body">
        <ErrorBox error={organization.error} />
        <section className="panel">
          <h2>本机关</h2>
          {organization.value && !org ? <div className="note-box">请先填写本机关信息：起草公文、发文登记和归档都会用到。</div> : null}
          {organization.value ? <OrganizationForm organization={org} /> : null}
        </section>
        <section className="panel">
          <h2>机构名录</h2>
          {org ? <UnitDirectoryEditor organization={org} /> : <p className="muted">保存本机关信息后即可设置。</p>}
        </section>
        <section className="panel">
          <h2>责任单位对应</h2>
          {org ? <UnitMappingEditor organization={org} /> : <p className="muted">保存本机关信息后即可设置。</p>}
        </section>
        <section className="panel">
          <h2>收文编号</h2>
          <RegistrationPatternForm />
        </section>
        <section className="panel">
          <h2>归档</h2>
          <FondsForm />
        </section>
        <section className="panel">
          <h2>备份与恢复</h2>
          <BackupPanel />
        </section>
      </div>
    </>
  );
}
