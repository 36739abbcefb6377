/** The built-in templates: the JSON files under resources/templates, checked against the template schema. */
import catalogue from '../../../resources/templates/catalogue.json';
import notice from '../../../resources/templates/notice.json';
import routingSlip from '../../../resources/templates/routing-slip.json';
import taskTable from '../../../resources/templates/task-table.json';
import unitTasks from '../../../resources/templates/unit-tasks.json';
import { templateSchema, type Template } from '../../../shared/drafting/templates';

export const BUILT_IN_TEMPLATES: readonly Template[] = [notice, taskTable, routingSlip, catalogue, unitTasks].map((t) =>
  templateSchema.parse(t),
);
