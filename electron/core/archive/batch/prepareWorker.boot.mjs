// Starts the batch import's worker from the TypeScript sources (the command line and the tests run them
// through tsx); where tsx is not installed the import fails and the import prepares files on its own thread.
import { register } from 'tsx/esm/api';

register();
await import('./prepareWorker.ts');
