'use client';

import { useTranslations } from 'next-intl';
import type { Mistake } from '@/lib/progress/mistakes';
import { textIn } from '@/lib/display';
import { responseText } from '@/lib/questions/check';
import { answerText } from '@/lib/questions/export';
import type { MatchQuestion, Question, Response } from '@/lib/questions/models';
import { parseResponseText } from '@/lib/questions/response';
import { BilingualText, useDisplayLanguage } from '../DisplayLanguage';

/**
 * One question of the notebook, as a learner reviews it: the question as it was asked, their
 * answer, and behind "Answer and explanation" the right answer. A match question shows both its
 * columns, and its answer as a table: each item with its right match and the learner's.
 */
export function MistakeEntry({
  mistake,
  question,
  open,
}: {
  mistake: Mistake;
  question: Question;
  /** Read-through mode: the answer is shown without a tap. */
  open: boolean;
}) {
  const t = useTranslations('Mistakes');
  const { mode } = useDisplayLanguage();
  const given = parseResponseText(mistake.response);
  const match = question.kind === 'match' ? question : null;
  return (
    <li className="mistake-item">
      <p className="review-prompt">
        <BilingualText text={question.prompt} />
      </p>
      {match ? (
        <div className="mistake-match">
          <div>
            <p className="mistake-match-heading">{t('matchItems')}</p>
            <ol>
              {match.left.map((l) => (
                <li key={l.id}>
                  <BilingualText text={l.text} />
                </li>
              ))}
            </ol>
          </div>
          <div>
            <p className="mistake-match-heading">{t('matchOptions')}</p>
            <ul>
              {match.options.map((o) => (
                <li key={o.id}>
                  <BilingualText text={o.text} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : 'options' in question && question.kind !== 'order' ? (
        <ul className="mistake-options">
          {question.options.map((o) => (
            <li key={o.id}>
              <BilingualText text={o.text} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('wrongCount', { count: mistake.wrongCount })}</p>
      {given ? (
        <p className="mistake-given">
          {t('yourAnswer')}
          <BilingualText text={responseText(question, given)} />
        </p>
      ) : null}
      <details className="mistake-answer" open={open}>
        <summary>{t('showAnswer')}</summary>
        {match ? (
          <MatchAnswer question={match} given={given} />
        ) : (
          <p>
            {t('rightAnswer')}
            <span>{textIn(answerText(question), mode)}</span>
          </p>
        )}
        <p className="review-explanation">
          <BilingualText text={question.explanation} />
        </p>
      </details>
    </li>
  );
}

/** A match question's answer: a row per item, its right match, and the learner's marked. */
function MatchAnswer({ question, given }: { question: MatchQuestion; given: Response | null }) {
  const t = useTranslations('Mistakes');
  const pairs = given?.kind === 'match' ? given.pairs : {};
  const optionText = new Map(question.options.map((o) => [o.id, o.text]));
  return (
    <table className="mistake-match-table">
      <caption>{t('matchTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matchItem')}</th>
          <th scope="col">{t('matchRight')}</th>
          <th scope="col">{t('matchYours')}</th>
        </tr>
      </thead>
      <tbody>
        {question.left.map((l) => {
          const right = optionText.get(question.answer[l.id] ?? '');
          const chosenId = pairs[l.id];
          const chosen = chosenId ? optionText.get(chosenId) : undefined;
          const correct = chosenId !== undefined && chosenId === question.answer[l.id];
          return (
            <tr key={l.id} className={correct ? 'is-correct' : 'is-wrong'}>
              <th scope="row">
                <BilingualText text={l.text} />
              </th>
              <td>{right ? <BilingualText text={right} /> : null}</td>
              <td>
                <span className="pair-mark" aria-hidden="true">
                  {correct ? '✓' : '✗'}
                </span>{' '}
                {chosen ? <BilingualText text={chosen} /> : t('pairNone')}
                <span className="visually-hidden">
                  {' '}
                  {correct ? t('pairRight') : t('pairWrong')}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
