/**
 * Finds QR codes in camera frames. The browser's own BarcodeDetector where it reads QR codes
 * (Chrome on Android, macOS and ChromeOS); elsewhere (Chrome on Windows and Linux, Firefox,
 * Safari) ZXing-C++ compiled to WebAssembly (zxing-wasm). That module and its 0.9 MB (0.4 MB
 * gzip) of WebAssembly are loaded only when a scanner asks for them, from this site
 * (scripts/copy-vendor.ts), so no other page pays for them and nothing is fetched elsewhere.
 */
import { orNewVersion } from '../newVersion';

export interface QrDetector {
  /** The texts of the QR codes in the frame now showing, if any. */
  detect: (video: HTMLVideoElement) => Promise<string[]>;
}

interface NativeDetector {
  detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats: () => Promise<string[]>;
}

async function nativeDetector(): Promise<QrDetector | null> {
  const Native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    if (!(await Native.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Native({ formats: ['qr_code'] });
    return { detect: async (video) => (await detector.detect(video)).map((b) => b.rawValue) };
  } catch {
    return null;
  }
}

/** Where the WebAssembly file is: /vendor/ at the site's root, found from this page's path. */
function wasmUrl(): string {
  // Pages live at /{locale}/classroom/{page}/ (with any base path before them).
  return new URL('../../../vendor/zxing_reader.wasm', window.location.href).toString();
}

async function zxingDetector(): Promise<QrDetector> {
  // A tab of an older version whose scanner chunk is gone reloads into the new one.
  const { prepareZXingModule, readBarcodes } = await orNewVersion(import('zxing-wasm/reader'));
  await prepareZXingModule({
    overrides: { locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl() : file) },
    fireImmediately: true,
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    detect: async (video) => {
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (!context || width === 0 || height === 0) return [];
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const results = await readBarcodes(context.getImageData(0, 0, width, height), {
        formats: ['QRCode'],
        maxNumberOfSymbols: 1,
      });
      return results.filter((r) => r.isValid).map((r) => r.text);
    },
  };
}

export async function createQrDetector(): Promise<QrDetector> {
  return (await nativeDetector()) ?? zxingDetector();
}
