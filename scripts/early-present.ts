import { buildSync } from 'esbuild';
import path from 'node:path';

/*
 * The projector's early script (components/classroom/earlyPresent.ts) as one inline script:
 * bundled with the modules it shares with the app (the code's decoding, the opener's choice,
 * the slide's fit), minified, for the browsers the app supports. scripts/preload-chunks.ts puts
 * it into the page after the build.
 */

const ROOT = path.resolve(import.meta.dirname, '..');

let bundled: string | undefined;

export function earlyPresentScript(): string {
  if (bundled !== undefined) return bundled;
  const result = buildSync({
    stdin: {
      contents: `import { runFromScript } from './components/classroom/earlyPresent';\nrunFromScript();`,
      resolveDir: ROOT,
      sourcefile: 'early-present-entry.ts',
      loader: 'ts',
    },
    alias: { '@': ROOT },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text.trim();
  // Inline in HTML: nothing in it may close the element.
  bundled = text.replace(/<\/(script)/gi, '<\\/$1');
  return bundled;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = earlyPresentScript();
  console.log(`early-present: ${text.length} characters`);
}
