'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { DeckList } from '@/lib/content/remote';
import { QUESTION_KINDS, type QuizSettings } from '@/lib/questions/models';
import { HydrationGate } from '../hydrated';

export const QUIZ_COUNTS = [5, 10, 20, 30] as const;

/** Decks, question kinds and length of a quiz; used by practice and test. */
export function QuizSetup({
  content,
  value,
  onChange,
}: {
  content: DeckList;
  value: QuizSettings;
  onChange: (next: QuizSettings) => void;
}) {
  const t = useTranslations('QuizSetup');
  const tk = useTranslations('Quiz');
  const locale = useLocale() as 'zh' | 'en';
  const toggle = <T,>(list: readonly T[], item: T, all: readonly T[]): T[] => {
    const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
    // Keep the original order, and never leave a list empty.
    const ordered = all.filter((x) => next.includes(x));
    return ordered.length > 0 ? ordered : [...list];
  };
  const deckIds = content.decks.map((d) => d.id);
  return (
    <HydrationGate>
      <div className="quiz-setup">
        <fieldset className="checks">
          <legend>{t('decks')}</legend>
          {content.decks.map((deck) => (
            <label key={deck.id} className="check">
              <input
                type="checkbox"
                checked={value.deckIds.includes(deck.id)}
                onChange={() =>
                  onChange({ ...value, deckIds: toggle(value.deckIds, deck.id, deckIds) })
                }
              />
              <span>{deck.title[locale]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="checks checks-inline">
          <legend>{t('kinds')}</legend>
          {QUESTION_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={value.kinds.includes(kind)}
                onChange={() =>
                  onChange({ ...value, kinds: toggle(value.kinds, kind, QUESTION_KINDS) })
                }
              />
              <span>{tk(`kind.${kind}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('count')}</span>
          <select
            value={value.count}
            onChange={(e) => onChange({ ...value, count: Number(e.target.value) })}
          >
            {QUIZ_COUNTS.map((n) => (
              <option key={n} value={n}>
                {t('questions', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
    </HydrationGate>
  );
}
