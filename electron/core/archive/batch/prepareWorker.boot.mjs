// Starts the import's reader process from the TypeScript sources (the command line and the tests run them
// through tsx); where tsx is not installed the reader cannot start and the import prepares files on its own thread.
import { register } from 'tsx/esm/api';

register();
await import('./prepareWorker.ts');
