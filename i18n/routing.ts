import { defineRouting } from 'next-intl/routing';

// The one list of locales. Chinese is the default: the first content is a Chinese article.
export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
