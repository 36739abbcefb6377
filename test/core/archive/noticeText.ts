/**
 * Received notices written to order, in a module of their own: the tests' child processes (registerWorker.ts)
 * import it without the test kit's core, database and vitest.
 */
export interface NoticeSpec {
  issuer: string;
  docNumber: string;
  title: string;
  recipients?: string;
  opening?: string;
  clauses: string[];
  date: string;
}

/** A received notice in the usual layout: 版头, 文号, title, 主送, opening, clauses, 署名, date. */
export function noticeText(spec: NoticeSpec): string {
  return [
    `${spec.issuer}文件`,
    '',
    spec.docNumber,
    '',
    spec.title,
    '',
    `${spec.recipients ?? '各乡镇人民政府，县直各有关单位'}：`,
    spec.opening ?? '为做好相关工作，现就有关事项通知如下：',
    ...spec.clauses,
    '',
    spec.issuer,
    spec.date,
    '（此件公开发布）',
    '',
  ].join('\n');
}
