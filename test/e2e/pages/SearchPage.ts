/** 检索: type a query, read the hits (title, clause, highlighted snippet), open one. */
import type { Page } from 'playwright-core';

export class SearchPage {
  constructor(readonly page: Page) {}

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '检索词' }).fill(query);
    await this.page.getByTestId('search-count').filter({ hasText: '找到' }).waitFor();
  }

  hits() {
    return this.page.getByTestId('search-results').getByRole('listitem');
  }

  async highlighted(): Promise<string[]> {
    return this.page.getByTestId('search-results').locator('mark').allInnerTexts();
  }

  async openHit(titleText: string): Promise<void> {
    await this.hits().filter({ hasText: titleText }).first().click();
    await this.page.getByTestId('clause-tree').waitFor();
  }
}
