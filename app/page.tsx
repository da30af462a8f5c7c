import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';

export const metadata: Metadata = {
  title: '时政卡片 · Shizheng Cards',
  robots: { index: false },
};

// Runs before the meta refresh: English browsers go to /en/, every other language to /zh/.
const chooseLanguage = `(function(){try{var l=(navigator.languages&&navigator.languages[0])||navigator.language||'';location.replace(/^en\\b/i.test(l)?'./en/':'./${routing.defaultLocale}/');}catch(e){}})();`;

/** `/`: a static page that sends the visitor to a language; works without JavaScript too. */
export default function RootRedirect() {
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
        <meta httpEquiv="refresh" content={`0; url=./${routing.defaultLocale}/`} />
      </head>
      <body>
        <main className="redirect">
          <p>
            <a href="./zh/" lang="zh-CN">
              进入中文版
            </a>
            {' · '}
            <a href="./en/" lang="en">
              Continue in English
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
