/**
 * The page's first script, a small chunk of its own that index.html runs ahead of the app's (React and
 * every screen): it picks the transport and starts the first screen's calls, so the core answers while
 * the rest of the code still loads and compiles.
 */
import { prefetch } from './api/prefetch';
import { firstScreenCalls } from './firstScreen';

for (const { method, args } of firstScreenCalls(window.location.hash)) prefetch(method, args);
