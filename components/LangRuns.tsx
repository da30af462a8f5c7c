'use client';

import { useLocale } from 'next-intl';
import { Fragment } from 'react';
import { LANG_TAGS } from '@/lib/display';

const HAN_RUN = /(\p{Script=Han}(?:[\p{Script=Han}\s]*\p{Script=Han})?)/u;
const LATIN_RUN = /([A-Za-z]{2,}(?:[\s'’-]+[A-Za-z]+)*)/;

/**
 * Interface text that quotes the other language (十九 in an English hint, "SCO" in a Chinese
 * one): each quoted run gets its own lang, so that screen readers pronounce it in that language.
 */
export function LangRuns({ text }: { text: string }) {
  const locale = useLocale();
  const [pattern, lang] = locale === 'zh' ? [LATIN_RUN, LANG_TAGS.en] : [HAN_RUN, LANG_TAGS.zh];
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        // split() with a capturing group puts the matches at the odd places.
        i % 2 === 1 ? (
          <span key={i} lang={lang}>
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
