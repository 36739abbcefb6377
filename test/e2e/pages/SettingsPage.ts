/** 设置: 本机关, 机构名录 and 全宗号. */
import type { Page } from 'playwright-core';

export interface OrganizationFields {
  机关全称: string;
  发文机关标志: string;
  机关代字: string;
  行政层级: '省级' | '市级' | '县级' | '乡镇级';
  印发机关: string;
  '默认主送机关（每行一个）': string;
}

export interface ProfileFields {
  名称: string;
  署名: string;
  发文机关标志: string;
  机关代字: string;
  印发机关: string;
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  /** 其他发文身份: the card of the profile named `label` (a new card is named 发文身份N until it has one). */
  profileCard(label: string) {
    return this.page.getByTestId('issuing-profiles').getByRole('group', { name: `发文身份：${label}` });
  }

  /** Adds a card, fills it and picks its default .docx template by name (saved with 本机关). */
  async addProfile(fields: ProfileFields, template?: string): Promise<void> {
    const profiles = this.page.getByTestId('issuing-profiles');
    const count = await profiles.getByRole('group').count();
    await profiles.getByRole('button', { name: '添加发文身份' }).click();
    const card = this.profileCard(`发文身份${count + 1}`);
    for (const [label, value] of Object.entries(fields).reverse()) await card.getByLabel(label, { exact: true }).fill(value);
    if (template) await this.profileCard(fields.名称).getByLabel('默认模板').selectOption({ label: template });
  }

  async saveOrganizationForm(): Promise<void> {
    await this.page.getByTestId('organization-form').getByRole('button', { name: '保存本机关设置' }).click();
  }

  async saveOrganization(fields: OrganizationFields): Promise<void> {
    const form = this.page.getByTestId('organization-form');
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      if (label === '行政层级') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole('button', { name: '保存本机关设置' }).click();
  }

  /** 机构名录: imports a unit list through the file chooser, then saves it. */
  async importUnitList(path: string): Promise<void> {
    const directory = this.page.getByTestId('unit-directory');
    const chooser = this.page.waitForEvent('filechooser');
    await directory.getByRole('button', { name: '导入名单…' }).click();
    await (await chooser).setFiles(path);
    await directory.getByLabel('单位全称').first().waitFor();
    await directory.getByRole('button', { name: '保存机构名录' }).click();
  }

  async unitNames(): Promise<string[]> {
    const fields = this.page.getByTestId('unit-directory').getByLabel('单位全称');
    return Promise.all((await fields.all()).map((field) => field.inputValue()));
  }

  async saveFonds(code: string): Promise<void> {
    await this.page.getByLabel('全宗号', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: '保存全宗号' }).click();
  }
}
