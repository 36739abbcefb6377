/** 收文登记簿: rows by their text, opening a notice, filters, the .xlsx export. */
import type { Download, Page } from 'playwright-core';

export class RegisterPage {
  constructor(readonly page: Page) {}

  get grid() {
    return this.page.getByTestId('register-grid');
  }

  /** Rows drawn in the DOM (the grid is virtualized: only those near the viewport). */
  rows() {
    return this.grid.locator('[role="row"][data-notice-id]');
  }

  row(text: string) {
    return this.rows().filter({ hasText: text }).first();
  }

  async openNotice(text: string): Promise<void> {
    await this.row(text).dblclick();
    await this.page.getByTestId('clause-tree').waitFor();
  }

  async quickFilter(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '在登记簿中查找' }).fill(text);
  }

  async statusOf(text: string): Promise<string> {
    return (await this.row(text).locator('.badge[class*="status-"]').innerText()).trim();
  }

  async exportXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    return download;
  }
}
