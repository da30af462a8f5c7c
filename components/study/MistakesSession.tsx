'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { type ContentBundle, type ContentIndex, indexContent } from '@/lib/content/index-content';
import { type Mistake, openMistakes } from '@/lib/progress/mistakes';
import { effectiveReviews } from '@/lib/progress/reviews';
import { generateQuestions } from '@/lib/questions/generate';
import { QUESTION_KINDS, type Question } from '@/lib/questions/models';
import { textIn } from '@/lib/display';
import { responseText } from '@/lib/questions/check';
import { answerText } from '@/lib/questions/export';
import { parseResponseText } from '@/lib/questions/response';
import { BilingualText, useDisplayLanguage } from '../DisplayLanguage';
import { DisplaySwitch } from '../DisplaySwitch';
import { QuizRunner } from '../PracticeSession';
import { timelineQuestion } from '../timeline/question';
import { TIMELINE_QUESTION_PREFIX } from '../timeline/round';
import { useProgress } from '../progress/ProgressProvider';

interface NotebookEntry {
  mistake: Mistake;
  question: Question;
}

/** Asks each mistake's question again, as it was: same seed, same deck, same id. */
function regenerate(content: ContentBundle, mistakes: readonly Mistake[]): NotebookEntry[] {
  const banks = new Map<string, Map<string, Question>>();
  const deckIds = new Set(content.decks.map((d) => d.id));
  let index: ContentIndex | undefined;
  return mistakes.flatMap((mistake) => {
    const seed = mistake.seed ?? 1;
    // A timeline round: its events, asked again as an ordering question.
    if (mistake.question.startsWith(TIMELINE_QUESTION_PREFIX)) {
      index ??= indexContent(content);
      const question = timelineQuestion(index, mistake.question, seed);
      return question ? [{ mistake, question }] : [];
    }
    const deck = mistake.deck && deckIds.has(mistake.deck) ? mistake.deck : undefined;
    const key = `${seed}|${deck ?? ''}`;
    let bank = banks.get(key);
    if (!bank) {
      bank = new Map(
        generateQuestions(content, { seed, ...(deck ? { deckIds: [deck] } : {}) }).map((q) => [
          q.id,
          q,
        ]),
      );
      banks.set(key, bank);
    }
    const question = bank.get(mistake.question);
    // A question the content no longer makes (a fact was corrected) leaves the notebook quietly.
    return question ? [{ mistake, question }] : [];
  });
}

/** 错题本: every question answered wrongly and not yet answered right in a later session. */
export function MistakesSession({ content }: { content: ContentBundle }) {
  const t = useTranslations('Mistakes');
  const locale = useLocale() as 'zh' | 'en';
  const { progress } = useProgress();
  const [practising, setPractising] = useState<NotebookEntry[] | null>(null);
  // 背题模式: every entry with its answer and explanation open, to read through.
  const [reciting, setReciting] = useState(false);
  const { mode } = useDisplayLanguage();
  const profile = progress?.profile;
  const clearAfter = profile?.settings.mistakeClearAfter ?? 1;
  const entries = useMemo(
    () =>
      profile
        ? regenerate(
            content,
            openMistakes(
              effectiveReviews(profile),
              new Date().getTimezoneOffset(),
              clearAfter,
              profile.archive?.mistakes,
            ),
          )
        : [],
    [content, profile, clearAfter],
  );

  if (!progress) return <p role="status">{t('loading')}</p>;

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

  const byDeck = content.decks
    .map((deck) => ({ deck, items: entries.filter((e) => e.question.deckId === deck.id) }))
    .filter((group) => group.items.length > 0);

  return (
    <div className="mistakes">
      <div className="practice-toolbar">
        <DisplaySwitch />
        <button
          type="button"
          className="button button-primary"
          onClick={() => setPractising(entries)}
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
            {items.map((e) => {
              const given = parseResponseText(e.mistake.response);
              return (
                <li key={e.question.id} className="mistake-item">
                  <p className="review-prompt">
                    <BilingualText text={e.question.prompt} />
                  </p>
                  {'options' in e.question && e.question.kind !== 'order' ? (
                    <ul className="mistake-options">
                      {e.question.options.map((o) => (
                        <li key={o.id}>
                          <BilingualText text={o.text} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="hint">{t('wrongCount', { count: e.mistake.wrongCount })}</p>
                  {given ? (
                    <p className="mistake-given">
                      {t('yourAnswer')}
                      <BilingualText text={responseText(e.question, given)} />
                    </p>
                  ) : null}
                  <details className="mistake-answer" open={reciting}>
                    <summary>{t('showAnswer')}</summary>
                    <p>
                      {t('rightAnswer')}
                      <span>{textIn(answerText(e.question), mode)}</span>
                    </p>
                    <p className="review-explanation">
                      <BilingualText text={e.question.explanation} />
                    </p>
                  </details>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button" onClick={() => setPractising(items)}>
            {t('practiseDeck', { count: items.length })}
          </button>
        </section>
      ))}
    </div>
  );
}
