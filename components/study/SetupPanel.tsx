'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { DeckList } from '@/lib/content/remote';
import type { QuizSettings } from '@/lib/questions/models';
import { ScriptButton } from '../ScriptControls';
import { QuizSetup } from './QuizSetup';
import { echoText } from '@/lib/address-text';

/**
 * The options of a quiz (decks, kinds, length) folded under one line, which names the deck of a
 * one-deck quiz (it is there anyway: nothing moves). Practice and Learn share it.
 */
export function SetupPanel({
  content,
  settings,
  draft,
  onDraft,
  onApply,
  children,
}: {
  content: DeckList;
  settings: QuizSettings;
  draft: QuizSettings | null;
  onDraft: (next: QuizSettings) => void;
  onApply: (next: QuizSettings) => void;
  /** More under the options (practice links to Learn there). */
  children?: ReactNode;
}) {
  const ts = useTranslations('QuizSetup');
  const locale = useLocale() as Locale;
  const scopeDeck = scopeDeckOf(content, settings);
  return (
    <details className="setup-panel">
      <summary>
        <span className="setup-label">{ts('options')}</span>
        {scopeDeck ? (
          <span className="setup-scope">{ts('deckScope', { deck: scopeDeck.title[locale] })}</span>
        ) : null}
      </summary>
      <QuizSetup content={content} value={draft ?? settings} onChange={onDraft} />
      <ScriptButton
        type="button"
        className="button button-primary"
        onClick={() => onApply(draft ?? settings)}
      >
        {ts('apply')}
      </ScriptButton>
      {children}
    </details>
  );
}

/** The deck a quiz is on when it is on one of several. */
export function scopeDeckOf(content: DeckList, settings: QuizSettings) {
  return settings.deckIds.length === 1 && content.decks.length > 1
    ? content.decks.find((d) => d.id === settings.deckIds[0])
    : undefined;
}

/** What a link asked for that the page could not give: a deck it lacks, a seed that is none. */
export function LinkNotices({
  unknownDeck,
  badSeed,
}: {
  unknownDeck: string | null;
  badSeed: string | null;
}) {
  const t = useTranslations('Practice');
  return (
    <>
      {unknownDeck !== null ? (
        <p className="notice" role="status">
          {t('unknownDeck', { deck: echoText(unknownDeck) })}
        </p>
      ) : null}
      {badSeed !== null ? (
        <p className="notice" role="status">
          {t('badSeed', { seed: echoText(badSeed) })}
        </p>
      ) : null}
    </>
  );
}
