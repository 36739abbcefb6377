/**
 * sharp and @napi-rs/canvas, loaded where a page is first decoded or drawn rather than with the modules that
 * use them: a reader, the command line and the core start without them (a .txt, a .docx or a search never
 * needs them). A dynamic import of the package itself: a bundle hoists a package's static import to its top.
 */
export const loadSharp = async () => (await import('sharp')).default;

export const loadCanvas = () => import('@napi-rs/canvas');
