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

export class SettingsPage {
  constructor(readonly page: Page) {}

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
