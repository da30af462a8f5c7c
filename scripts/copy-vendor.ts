/**
 * Copies the QR decoder's WebAssembly (zxing-wasm, reader only) into public/vendor/, so the
 * results page's camera scanner loads it from this site rather than from a CDN: nothing leaves
 * the device, and it works wherever the site is served. The file is built from node_modules at
 * every build, never checked in.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const source = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
const target = path.join(process.cwd(), 'public', 'vendor', 'zxing_reader.wasm');
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copy-vendor: ${path.relative(process.cwd(), target)}`);
