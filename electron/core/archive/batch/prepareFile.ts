/** One file of an import, read and prepared (extracted, parsed, folded, encoded); never throws. */
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import { extractFile, extractTextFromBytes, type FileAccess } from '../../import/extractText';
import type { ScanOptions } from '../../ocr/recognizeScan';
import { logUnexpected } from '../../process/logUnexpected';
import { failedImport, prepareNotice, type PreparedNotice } from '../preparedNotice';

export async function prepareFile(path: string, scanOptions?: ScanOptions, access?: FileAccess): Promise<PreparedNotice | ImportOutcome> {
  try {
    const extracted = await extractFile(path, scanOptions, access);
    if (!extracted.ok) return failedImport(path, extracted.error);
    return prepareNotice(
      { fileName: path, format: extracted.format, text: extracted.text, bytes: extracted.bytes, scan: extracted.scan },
      true,
    );
  } catch (error) {
    logUnexpected('prepareFile', error);
    return failedImport(path, '处理这个文件时出现意外错误，没有导入；其他文件不受影响');
  }
}

/** A file the UI sent (its bytes), prepared the same way. */
export async function prepareBytes(
  fileName: string,
  bytes: Uint8Array,
  scanOptions?: ScanOptions,
): Promise<PreparedNotice | ImportOutcome> {
  try {
    const extracted = await extractTextFromBytes(bytes, fileName, scanOptions);
    if (!extracted.ok) return failedImport(fileName, extracted.error);
    return prepareNotice({ fileName, format: extracted.format, text: extracted.text, bytes, scan: extracted.scan }, true);
  } catch (error) {
    logUnexpected('prepareBytes', error);
    return failedImport(fileName, '处理这个文件时出现意外错误，没有导入');
  }
}
