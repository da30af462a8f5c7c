'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import type { QuizProblem } from '@/lib/classroom/quiz';
import { QuizEntry } from './QuizEntry';
import type { EntryView } from './quizPage';

/** Problems of a sound code whose quiz this content can no longer draw. */
export const UNDRAWABLE: ReadonlySet<QuizProblem['kind']> = new Set([
  'unknown-deck',
  'content-changed',
  'no-questions',
]);

/**
 * The Entry of a page that keeps a copy of its quizzes: the code field, and for a code the
 * content can no longer draw the page's KeptQuizView, loaded with its quiz view (so the look-up
 * of a kept copy is in no page's first load). A mistyped code gets the field at once, so nothing
 * typed into it is lost to a remount.
 */
export function keptQuiz(load: () => Promise<{ default: EntryView }>): EntryView {
  const Kept = lazy(load);
  return function KeptQuiz({ param, View }) {
    const tc = useTranslations('Classroom');
    if (param.status !== 'problem' || !UNDRAWABLE.has(param.problem.kind)) {
      return <QuizEntry param={param} />;
    }
    return (
      <Suspense fallback={<p role="status">{tc('loading')}</p>}>
        <Kept param={param} View={View} />
      </Suspense>
    );
  };
}
