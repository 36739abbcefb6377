/** The window frame: sidebar navigation by the screens' Chinese names, and the toasts. */
import type { Page } from 'playwright-core';

export class AppShell {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: '主导航' }).waitFor();
  }

  async goTo(
    screen: '今日待办' | '收文登记簿' | '督办台账' | '导入' | '检索' | '责任单位' | '起草' | '发文登记' | '模板' | '设置' | '回收站',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: new RegExp(`^${screen}`) })
      .click();
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  /** Waits for a confirmation toast containing `text`. */
  async toast(text: string | RegExp): Promise<void> {
    await this.page.locator('.toast').filter({ hasText: text }).first().waitFor();
  }
}
