/** Renderer entry: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/useApi';
import { FIRST_SCREEN_ROWS } from './register/registerRows';
import { App } from './app/App';
import { installLeaveGuard } from './app/leaveGuard';
import { parseHash } from './app/router';
import './app/app.css';

// 今日待办 is the first screen, the register the next: ask for what they show before React starts (the
// register's first rows; the rest follow in pages).
const first = parseHash(window.location.hash).segments[0];
if (first === undefined || first === 'today') prefetch('today.agenda', {});
if (first === 'register') prefetch('archive.listNotices', { limit: FIRST_SCREEN_ROWS });

installLeaveGuard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
