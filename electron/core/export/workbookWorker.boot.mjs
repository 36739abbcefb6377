// Starts the export's worker thread from the TypeScript sources (the command line and the tests run them
// through tsx); where tsx is not installed the worker cannot start and the workbook is written on the core's thread.
import { register } from 'tsx/esm/api';

register();
await import('./workbookWorker.ts');
