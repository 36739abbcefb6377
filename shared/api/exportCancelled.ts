/**
 * What a cancelled export answers (and the UI tells the clerk). Apart from the export contract, so the
 * register, which can cancel its export, loads without the validation library.
 */
export const EXPORT_CANCELLED = '已取消导出。';
