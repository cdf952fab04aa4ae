/**
 * The QR code of an article's link, drawn on the device into a canvas (no image service). Loaded with
 * the QR encoder when the share panel first opens.
 */
import encodeQR from 'qr';

/** The QR modules of `text` (true = dark), with a four-module quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
}

/** Draws the QR code of `text` into `canvas`, `size` CSS pixels square, sharp on any screen. */
export function drawQr(canvas: HTMLCanvasElement, text: string, size = 160): void {
  const matrix = qrMatrix(text);
  const n = matrix.length;
  const scale = Math.max(1, Math.ceil((size * (devicePixelRatio || 1)) / n));
  canvas.width = canvas.height = n * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, n * scale, n * scale);
  ctx.fillStyle = '#000';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => dark && ctx.fillRect(x * scale, y * scale, scale, scale)),
  );
}
