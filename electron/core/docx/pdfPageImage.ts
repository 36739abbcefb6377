/** A PDF page as a PNG image, drawn by pdfjs-dist on @napi-rs/canvas (its Node canvas), for previews. */
import { openPdfDocument } from '../import/pdfDocument';

interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(mime: 'image/png'): Buffer;
}

export async function pdfPageImage(pdf: Uint8Array, pageNumber = 1, scale = 1.5): Promise<Buffer> {
  const task = await openPdfDocument(pdf);
  try {
    const document = await task.promise;
    const page = await document.getPage(Math.min(pageNumber, document.numPages));
    const viewport = page.getViewport({ scale });
    // In Node pdfjs's canvas factory makes @napi-rs/canvas canvases; its typings say only Object.
    const factory = document.canvasFactory as {
      create(width: number, height: number): { canvas: NodeCanvas; context: CanvasRenderingContext2D };
    };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // Paper is white; the canvas starts transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await task.destroy();
  }
}
