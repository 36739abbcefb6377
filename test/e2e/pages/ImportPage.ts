/** 导入: choose files through the file chooser, wait for the progress to finish, read per-file results. */
import type { Page } from 'playwright-core';

export class ImportPage {
  constructor(readonly page: Page) {}

  async importFiles(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(paths);
    await this.page.getByText(`已处理 ${paths.length} 个文件`).waitFor({ timeout: 60_000 });
  }

  /** Drops files on the import area as a clerk would from the file manager. */
  async dropFiles(files: { name: string; text: string }[], expectedTotal: number): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      return data;
    }, files);
    const zone = this.page.getByTestId('dropzone');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await this.page.getByText(`已处理 ${expectedTotal} 个文件`).waitFor({ timeout: 60_000 });
  }

  /** Drops files with any bytes (a package, a damaged file) on the import area; `expectedTotal` are read. */
  async dropBytes(files: { name: string; bytes: Uint8Array }[], expectedTotal: number): Promise<void> {
    const encoded = files.map((file) => ({ name: file.name, base64: Buffer.from(file.bytes).toString('base64') }));
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name));
      return data;
    }, encoded);
    const zone = this.page.getByTestId('dropzone');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await this.page.getByText(`已处理 ${expectedTotal} 个文件`).waitFor({ timeout: 60_000 });
  }

  /** The 说明 column of each row, by file name. */
  async reasons(): Promise<Record<string, string>> {
    const rows = this.page.getByTestId('import-results').locator('tbody tr');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) {
      const cells = row.locator('td');
      out[(await cells.nth(0).innerText()).trim()] = (await cells.nth(4).innerText()).trim();
    }
    return out;
  }

  /** The result column of each imported file, by file name. */
  async results(): Promise<Record<string, string>> {
    const rows = this.page.getByTestId('import-results').locator('tbody tr');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) {
      const cells = row.locator('td');
      out[(await cells.nth(0).innerText()).trim()] = (await cells.nth(1).innerText()).trim();
    }
    return out;
  }

  /** Imports the pasted text and waits for its row: the import finishes after the click returns. */
  async importPasted(): Promise<void> {
    await this.page.getByRole('button', { name: '导入这份公文' }).click();
    await this.page.getByTestId('import-results').locator('tbody tr', { hasText: '粘贴的文字' }).waitFor({ timeout: 30_000 });
  }

  async pasteTab(): Promise<void> {
    await this.page.getByRole('tab', { name: '粘贴文字' }).click();
  }

  async paste(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '公文全文' }).fill(text);
  }

  previewValue(label: string) {
    return this.page.getByTestId('parse-preview').locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }
}
