import type { Text } from './content/schema';

/** How question text is shown: in one language, or both side by side. */
export const DISPLAY_MODES = ['zh', 'en', 'both'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export function isDisplayMode(value: unknown): value is DisplayMode {
  return typeof value === 'string' && (DISPLAY_MODES as readonly string[]).includes(value);
}

/** BCP 47 tags for the lang attribute. */
export const LANG_TAGS = { zh: 'zh-CN', en: 'en' } as const;

/** A language of the content, and of the interface (i18n/routing.ts has the same two). */
export type Language = keyof typeof LANG_TAGS;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANG_TAGS, value);
}

/** Text in one language, for places that take a plain string (aria-label, title). */
export function textIn(text: Text, mode: DisplayMode): string {
  return mode === 'both' ? `${text.zh} / ${text.en}` : text[mode];
}
