'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { contentOf, type ContentSource, type DeckList } from '@/lib/content/remote';
import { openMistakes } from '@/lib/progress/mistakes';
import { effectiveReviews } from '@/lib/progress/reviews';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { withOptionsReordered } from '@/lib/questions/redo';
import { DisplaySwitch } from '../DisplaySwitch';
import { QuizRunner } from '../PracticeSession';
import { useProgress } from '../progress/ProgressProvider';
import { MistakeEntry } from './MistakeEntry';
import type { NotebookEntry } from './notebook';
import { orNewVersion } from '../newVersion';

/** The entries to redo, each question's options in a new order (lib/questions/redo.ts). */
function redo(entries: readonly NotebookEntry[]): NotebookEntry[] {
  const salt = String(Date.now());
  return entries.map((e) => ({ ...e, question: withOptionsReordered(e.question, salt) }));
}

/** 错题本: every question answered wrongly and not yet answered right in a later session. */
export function MistakesSession({
  decks,
  content,
}: {
  /** The decks' ids and titles, to group the notebook. */
  decks: DeckList;
  /** Where the content is: the questions are made again from it once the mistakes are known. */
  content: ContentSource;
}) {
  const t = useTranslations('Mistakes');
  const tp = useTranslations('Practice');
  const locale = useLocale() as 'zh' | 'en';
  const { progress } = useProgress();
  const [practising, setPractising] = useState<NotebookEntry[] | null>(null);
  // 背题模式: every entry with its answer and explanation open, to read through.
  const [reciting, setReciting] = useState(false);
  const profile = progress?.profile;
  const clearAfter = profile?.settings.mistakeClearAfter ?? 1;
  // The generator and the content come when the notebook is first drawn (lib/questions/lazy.ts):
  // the page shows nothing of them before the learner's mistakes are read anyway.
  const [made, setMade] = useState<NotebookEntry[] | 'failed' | null>(null);
  useEffect(() => {
    if (!profile) return;
    let live = true;
    const mistakes = openMistakes(
      effectiveReviews(profile),
      new Date().getTimezoneOffset(),
      clearAfter,
      profile.archive?.mistakes,
    );
    orNewVersion(Promise.all([import('./notebook'), contentOf(content)])).then(
      ([{ regenerate }, bundle]) => live && setMade(regenerate(bundle, mistakes)),
      (error: unknown) => {
        console.error(error);
        if (live) setMade('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [content, profile, clearAfter]);

  if (made === 'failed') return <p role="alert">{tp('failed')}</p>;
  if (!progress || made === null) return <p role="status">{t('loading')}</p>;
  const entries = made;

  if (practising) {
    const seeds = new Map(practising.map((e) => [e.question.id, e.mistake.seed]));
    return (
      <div className="practice">
        <div className="practice-toolbar">
          <DisplaySwitch />
          <button type="button" className="button" onClick={() => setPractising(null)}>
            {t('back')}
          </button>
        </div>
        <QuizRunner
          content={content}
          settings={{ deckIds: [], kinds: [...QUESTION_KINDS], count: practising.length }}
          seed={0}
          mode="mistakes"
          questions={practising.map((e) => e.question)}
          seedFor={(q) => seeds.get(q.id)}
          onAgain={() => setPractising(null)}
        />
      </div>
    );
  }

  if (entries.length === 0) {
    return (
      <section className="empty-state">
        <p>{t('empty')}</p>
        <Link href="/practice" className="button button-primary">
          {t('goPractise')}
        </Link>
      </section>
    );
  }

  const byDeck = decks.decks
    .map((deck) => ({ deck, items: entries.filter((e) => e.question.deckId === deck.id) }))
    .filter((group) => group.items.length > 0);

  return (
    <div className="mistakes">
      <div className="practice-toolbar">
        <DisplaySwitch />
        <button
          type="button"
          className="button button-primary"
          onClick={() => setPractising(redo(entries))}
        >
          {t('practiseAll', { count: entries.length })}
        </button>
      </div>
      <p className="hint">
        {t('rule', { count: clearAfter })} <Link href="/settings">{t('ruleSetting')}</Link>
      </p>
      <label className="check">
        <input type="checkbox" checked={reciting} onChange={(e) => setReciting(e.target.checked)} />
        <span>{t('recite')}</span>
      </label>
      {byDeck.map(({ deck, items }) => (
        <section key={deck.id} aria-labelledby={`mistakes-${deck.id}`} className="mistake-group">
          <h2 id={`mistakes-${deck.id}`}>
            {deck.title[locale]} <span className="count">({items.length})</span>
          </h2>
          <ul className="mistake-list">
            {items.map((e) => (
              <MistakeEntry
                key={e.question.id}
                mistake={e.mistake}
                question={e.question}
                open={reciting}
              />
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setPractising(redo(items))}>
            {t('practiseDeck', { count: items.length })}
          </button>
        </section>
      ))}
    </div>
  );
}
