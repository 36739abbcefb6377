/**
 * The app:// protocol: serves the built renderer read-only with the CSP header, so the window never
 * loads file:// URLs or anything from the network.
 */
import { protocol } from 'electron';
import { readStaticFile } from '../hosts/http/staticFiles';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './windowOptions';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('未找到该页面。', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
