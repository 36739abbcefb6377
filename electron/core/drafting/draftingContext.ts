/**
 * What the drafting services are built from: the store (a unit of work over drafting's repositories), the
 * clock, and the parts of the archive they use (reading notices, filing an issued notice, a year's
 * catalogue, one unit's tasks) — passed in by createCore so drafting depends on the archive's services,
 * not on its storage.
 */
import type { ImportOutcome, NoticeDetail } from '../../../shared/api/archiveContract';
import type { FilePayload } from '../../../shared/api/binary';
import type { NoticeFlow } from '../../../shared/api/supervisionContract';
import type { ApiResult } from '../../../shared/api/method';
import type { DivisionIndex } from '../../../shared/units/divisions';
import type { Clock } from '../archive/clock';
import type { ImportSource } from '../archive/services/importService';
import type { CatalogueEntry } from '../../../shared/api/registrationContract';
import type { UnitTasks } from '../archive/services/unitService';
import type { DraftingRepositories } from '../store/draftingRepositories';
import type { Store } from '../store/store';

export interface ArchiveAccess {
  getNotice(id: number): Promise<ApiResult<NoticeDetail>>;
  /** Files a notice; inside a running unit of work it joins it, so an issue files and registers at once. */
  importSource(source: ImportSource, options?: { register?: boolean }): Promise<ImportOutcome>;
  /** A year's 归档文件目录 in 档号 order with each 件's 页数 (`given` by notice id goes over the stored ones). */
  catalogue(year: number, given?: Record<string, number>): Promise<CatalogueEntry[]>;
  /** The received file as stored (its text as a .txt when it came as text). */
  originalFile(id: number): Promise<ApiResult<FilePayload>>;
  unitTasks(name: string): Promise<UnitTasks>;
  /** The office's directory (机构名录) changed: the archive's units are resolved again. */
  directoryChanged(): Promise<void>;
  /** 收文办理 of a received notice, for the routing slip. */
  flow(noticeId: number): Promise<ApiResult<NoticeFlow>>;
}

export interface DraftingContext {
  store: Store<DraftingRepositories>;
  clock: Clock;
  archive: ArchiveAccess;
  /** The administrative divisions (loaded on first use) that localization findings check places against. */
  divisions: () => DivisionIndex;
}
