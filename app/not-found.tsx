import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = { title: '找不到该页面 · Page not found' };

// Outside any locale, so both languages are shown.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main className="page not-found">
          <h1>
            找不到该页面 · <span lang="en">Page not found</span>
          </h1>
          <p>
            <Link href="/zh/">返回题库</Link> ·{' '}
            <Link href="/en/" lang="en">
              Go to the decks
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
