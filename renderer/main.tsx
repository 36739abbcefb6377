/** Renderer entry: mounts the app. */
// First: the first screen's calls start before React is even evaluated (index.html runs it earlier still).
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installLeaveGuard } from './app/leaveGuard';
import './app/app.css';

installLeaveGuard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
