import http from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

/*
 * What a first visit downloads: a counting proxy in front of the static server, and Chromium with
 * the service worker allowed, on one page for a while. Every byte the server sends is counted,
 * the page's and the service worker's alike, as sent (compressed where the server compresses).
 */

export interface FirstVisit {
  url: string;
  seconds: number;
  bytes: number;
  requests: number;
}

/** A proxy on `port` to `target` that counts the bytes of every response it passes on. */
function countingProxy(target: string, port: number) {
  const totals = { bytes: 0, requests: 0 };
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    totals.requests += 1;
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => {
          totals.bytes += chunk.length;
          res.write(chunk);
        });
        answer.on('end', () => res.end());
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise<{ url: string; totals: typeof totals; stop: () => void }>((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}`, totals, stop: () => server.close() }),
    ),
  );
}

/** Opens `route` once in a fresh profile and counts what is downloaded in `seconds`. */
export async function firstVisit(
  servedAt: string,
  route: string,
  seconds: number,
  port: number,
): Promise<FirstVisit> {
  const proxy = await countingProxy(servedAt, port);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${proxy.url}${route}`);
    await page.waitForTimeout(seconds * 1000);
    return { url: route, seconds, bytes: proxy.totals.bytes, requests: proxy.totals.requests };
  } finally {
    await browser.close();
    proxy.stop();
  }
}
