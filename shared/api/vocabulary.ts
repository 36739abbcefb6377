/**
 * The fixed word lists of the API — 办理状态, 保管期限, 密级, 紧急程度, importable file types — with
 * their Chinese names. No validation library here, so the UI's first screen loads without one.
 */
export const STATUSES = ['pending', 'in_progress', 'done'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_NAMES: Record<Status, string> = { pending: '待办', in_progress: '在办', done: '办结' };

export const RETENTIONS = ['permanent', '30y', '10y'] as const;
export type Retention = (typeof RETENTIONS)[number];
export const RETENTION_NAMES: Record<Retention, string> = { permanent: '永久', '30y': '定期30年', '10y': '定期10年' };

export const SECRECY_LEVELS = ['秘密', '机密', '绝密'] as const;
export const URGENCY_LEVELS = ['加急', '特急'] as const;

/** The file types the import accepts, for the file dialogs. */
export const IMPORT_EXTENSIONS = ['txt', 'docx', 'doc', 'wps', 'pdf', 'ofd', 'jpg', 'jpeg', 'png', 'tif', 'tiff'] as const;
