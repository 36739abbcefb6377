/** 起草: create a draft from an upstream notice, edit clauses, read coverage, draw a 文号, generate, issue. */
import type { Download, Page } from 'playwright-core';

export class DraftingPage {
  constructor(readonly page: Page) {}

  /** From 新建草稿 with the upstream already chosen. */
  async createDraft(): Promise<void> {
    await this.page.getByRole('button', { name: '生成草稿' }).click();
    await this.page.getByTestId('draft-clauses').waitFor();
  }

  title() {
    return this.page.getByRole('heading', { level: 1 });
  }

  preview() {
    return this.page.getByTestId('draft-preview');
  }

  clauseCards() {
    return this.page.getByTestId('draft-clauses').locator('.draft-clause');
  }

  async tab(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async dropClause(index: number): Promise<void> {
    await this.clauseCards().nth(index).getByRole('button', { name: '删除' }).click();
  }

  async editClause(index: number, text: string): Promise<void> {
    const box = this.clauseCards().nth(index).getByRole('textbox', { name: '条款内容' });
    await box.fill(text);
    await box.blur();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  async assignNumber(): Promise<void> {
    await this.page.getByRole('button', { name: '取文号' }).click();
  }

  /** 版式 and what it needs, kept with the draft: a 纪要's lists, a 令's 签发人, a seal. */
  async chooseLayout(layout: '文件' | '信函' | '纪要' | '命令'): Promise<void> {
    await this.page.getByLabel('版式').selectOption({ label: layout });
  }

  async fillLayoutField(label: '出席' | '请假' | '列席' | '签发人', text: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.blur();
  }

  async setSealed(sealed: boolean): Promise<void> {
    await this.page.getByLabel('加盖印章').setChecked(sealed);
  }

  /** Generates the notice's .docx, in a GB/T 9704 format (版式) other than 文件 where given. */
  async generateDocx(layout?: '文件' | '信函' | '纪要' | '命令'): Promise<Download> {
    if (layout) await this.page.getByLabel('版式').selectOption({ label: layout });
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '生成公文 .docx' }).click();
    return download;
  }

  async issue(): Promise<void> {
    await this.page.getByRole('button', { name: '登记发文' }).click();
  }
}
