/** Builds the renderer (renderer/ → dist/renderer) for both hosts: relative asset paths, no inline script. */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/contentSecurityPolicy';

/** Writes the one CSP into index.html too (frame-ancestors only works as a header, so it is left out here). */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'gongwen-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' }],
  };
}

/**
 * Runs the boot chunk (renderer/boot.ts: the first screen's calls) from its own script tag ahead of the
 * app's, so the calls go out before the app's code has loaded and compiled. The app imports it too, so
 * both tags share one instance.
 */
function bootFirst(): Plugin {
  return {
    name: 'gongwen-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const boot = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'boot');
        const app = html.indexOf('<script type="module"');
        if (!boot || app < 0) throw new Error('index.html: the boot chunk or the app script is missing');
        return `${html.slice(0, app)}<script type="module" crossorigin src="./${boot.fileName}"></script>\n    ${html.slice(app)}`;
      },
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta(), bootFirst()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    // The CSP forbids inline script, so no inline module-preload polyfill (Chromium needs none).
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'renderer/index.html'), boot: resolve(import.meta.dirname, 'renderer/boot.ts') },
      // zod's sources carry comments rollup cannot place; harmless, and noise on every build.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
    target: 'chrome120',
  },
});
