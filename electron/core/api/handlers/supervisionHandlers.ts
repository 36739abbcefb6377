/** 收文办理, 督办 and 今日待办 over the core's supervision services. */
import { ok, type Handlers } from '../../../../shared/api/method';
import type { supervisionContract } from '../../../../shared/api/supervisionContract';
import type { Core } from '../../createCore';

export function supervisionHandlers(core: Core): Handlers<typeof supervisionContract> {
  const { flow, tasks } = core.supervision;
  return {
    'flow.get': async ({ noticeId }) => flow.get(noticeId),
    'flow.record': async ({ noticeId, ...step }) => flow.record(noticeId, step),
    'tasks.list': async (filter) => ok(await tasks.list(filter)),
    'tasks.update': async (args) => tasks.update(args),
    'tasks.setDue': async ({ ids, due }) => tasks.setDue(ids, due),
    'tasks.addFeedback': async ({ id, date, text }) => tasks.addFeedback(id, date, text),
    'tasks.attachFeedbackFile': async ({ feedbackId, fileName, bytes }) => tasks.attachFeedbackFile(feedbackId, fileName, bytes),
    'tasks.feedbackFile': async ({ feedbackId }) => tasks.feedbackFile(feedbackId),
    'tasks.setContact': async ({ unit, contact }) => tasks.setContact(unit, contact),
    'tasks.exportXlsx': async ({ exportId, ...filter }) =>
      core.exports.run(exportId, async (signal) => ok(await tasks.exportXlsx(filter, signal))),
    'tasks.reminderDocx': async ({ unit, exportId }) => core.exports.run(exportId, (signal) => tasks.reminderDocx(unit, signal)),
    'today.agenda': async () => ok(await core.supervision.agenda()),
  };
}
