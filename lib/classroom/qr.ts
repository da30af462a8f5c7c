import { create } from 'qrcode';

/** Modules of white margin around a QR code, as the standard asks, so cameras find its edges. */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** Width and height in modules, the quiet zone included. */
  size: number;
  /** An SVG path of the dark modules, one unit per module. */
  path: string;
}

/**
 * A QR code drawn as one SVG path, made here rather than fetched from a service: nothing
 * leaves the device. Runs of dark modules in a row become one rectangle, to keep the path short.
 */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: parts.join('') };
}
