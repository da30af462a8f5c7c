import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // Messages are compiled at build time: the browser gets no ICU message parser
    // (intl-messageformat, ~12 KB gzip on every page) and formats without parsing.
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

/*
 * The build's id, sortable by time (base 36 of the build's start), so that a page can tell that the
 * service worker serving it is older than itself (components/ServiceWorkerRegistration.tsx). Set
 * once in the environment: Next reads this file again in its build workers, which inherit it.
 */
process.env.NEXT_PUBLIC_BUILD_ID ??= Date.now().toString(36);
const BUILD_ID = process.env.NEXT_PUBLIC_BUILD_ID;

/** @type {import('next').NextConfig} */
const nextConfig = {
  generateBuildId: () => BUILD_ID,
  // A static site: every page is rendered at build time and served as files.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
