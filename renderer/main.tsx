/** Renderer entry: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/useApi';
import { FIRST_SCREEN_ROWS } from './register/registerRows';
import { App } from './app/App';
import { parseHash } from './app/router';
import './app/app.css';

// The register is the first screen: ask for its first rows before React starts (the rest follow in pages).
const first = parseHash(window.location.hash).segments[0];
if (first === undefined || first === 'register') prefetch('archive.listNotices', { limit: FIRST_SCREEN_ROWS });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
