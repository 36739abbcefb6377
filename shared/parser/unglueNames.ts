/**
 * The organ names the pieces of a glued line are told by: an organ's name alone, never a document's.
 */
import { isCompleteOrgName } from './unitNames';

/** Words of a document's name, never of an organ's ("任务分解表甲县人民政府"). */
const DOCUMENT_WORD = /(?<!代)表|清单|名单|方案|办法|通知|意见|要点|细则/;

/** An organ's name alone, not a sentence that ends in one ("…情况报市应急局") nor a document's name before one. */
export function isPlainOrgName(name: string): boolean {
  return name.length <= 20 && !/[于将报把对向请要由的是为，,、：:\s]/.test(name) && !DOCUMENT_WORD.test(name) && isCompleteOrgName(name);
}
