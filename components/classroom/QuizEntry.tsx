'use client';

import { useTranslations } from 'next-intl';
import { QuizCodeForm } from './QuizCodeForm';
import { pushQuizCode, type QuizParam } from './useQuizParam';

/**
 * What a classroom page shows until it has a quiz: the code field, with the reason a code failed.
 * Before the address is read (the exported HTML), the field is drawn for an address with no code;
 * the head script marks `<html data-query>` when there is one, and a loading line shows instead.
 */
export function QuizEntry({ param }: { param: Exclude<QuizParam, { status: 'ready' }> }) {
  const t = useTranslations('Classroom');
  const unread = param.status === 'unread';
  if (param.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (param.status === 'failed') {
    return (
      <p role="alert" className="notice">
        {t('loadFailed')}
      </p>
    );
  }
  return (
    <>
      <section
        className="classroom-panel quiz-entry"
        aria-labelledby="quiz-entry-heading"
        data-unless-query={unread ? '' : undefined}
      >
        <h2 id="quiz-entry-heading">{t('enterCode')}</h2>
        <QuizCodeForm
          // A new code remounts the form, so its field and message start from the new code.
          key={param.status === 'problem' ? param.text : ''}
          initial={param.status === 'problem' ? param.text : ''}
          initialProblem={param.status === 'problem' ? param.problem : undefined}
          onOpen={pushQuizCode}
        />
      </section>
      {unread && (
        <p role="status" data-if-query="">
          {t('loading')}
        </p>
      )}
    </>
  );
}
