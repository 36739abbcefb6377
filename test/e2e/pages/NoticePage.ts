/** 公文详情: the clause tree with units, tabs, the registration form and the status. */
import type { Page } from 'playwright-core';

export class NoticePage {
  constructor(readonly page: Page) {}

  async tab(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  clauses() {
    return this.page.getByTestId('clause-tree').locator('.clause');
  }

  /** The clause whose marker and heading contain `text`. */
  clause(text: string) {
    return this.clauses()
      .filter({ has: this.page.locator('.clause-head', { hasText: text }) })
      .first();
  }

  async unitsOf(text: string): Promise<string[]> {
    return (await this.clause(text).locator('.clause-head .unit').allInnerTexts()).map((t) => t.trim());
  }

  async fillRegistration(fields: Partial<Record<'来文机关' | '收文日期' | '办理期限' | '承办科室' | '拟办意见', string>>): Promise<void> {
    const form = this.page.getByTestId('registration-form');
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: '保存登记' }).click();
  }

  async setStatus(status: '待办' | '在办' | '办结'): Promise<void> {
    await this.page.getByRole('combobox', { name: '办理状态' }).first().selectOption({ label: status });
  }
}
