'use client';

import { useLocale, useTranslations } from 'next-intl';
import { groupCode } from '@/lib/classroom/base32';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import { LANG_TAGS } from '@/lib/display';

/**
 * Decks, question count, timing and language of a quiz: what a student or teacher checks first;
 * and which questions rest on facts edited since the code was made.
 */
export function QuizSummary({
  quiz,
  showCode = true,
}: {
  quiz: ClassroomQuiz;
  showCode?: boolean;
}) {
  const t = useTranslations('Classroom');
  const locale = useLocale() as 'zh' | 'en';
  const time =
    quiz.secondsPerQuestion > 0
      ? t('perQuestion', { seconds: quiz.secondsPerQuestion })
      : t('untimed');
  return (
    <div className="quiz-summary">
      <ul className="quiz-summary-decks">
        {quiz.decks.map((d) => (
          <li key={d.id} lang={LANG_TAGS[locale]}>
            {d.title[locale]}
          </li>
        ))}
      </ul>
      <p className="quiz-summary-meta">
        {t('settings', { count: quiz.questions.length, time })} · {t(`language.${quiz.language}`)}
        {quiz.teacherPaced ? ` · ${t('paced')}` : null}
      </p>
      {quiz.changes ? (
        <div className="notice quiz-changes" role="note" aria-label={t('changes.heading')}>
          {quiz.changes.editedQuestions.length > 0 ? (
            <p>
              {t('changes.edited', {
                count: quiz.changes.editedQuestions.length,
                list: quiz.changes.editedQuestions.join(locale === 'zh' ? '、' : ', '),
              })}
            </p>
          ) : null}
          {quiz.changes.differs ? <p>{t('changes.differs')}</p> : null}
        </div>
      ) : null}
      {showCode ? (
        <p className="quiz-summary-code">
          {t.rich('quizCodeLine', {
            code: () => <code translate="no">{groupCode(quiz.code)}</code>,
          })}
        </p>
      ) : null}
    </div>
  );
}
