'use client';

import { lazy, Suspense } from 'react';
import { QuizEntry } from './QuizEntry';
import type { EntryView } from './quizPage';

/**
 * The Entry of a page that keeps a copy of its quizzes: the code field, and for a code that
 * cannot be opened the page's KeptQuizView, loaded with its quiz view (so the look-up of a kept
 * copy is in no page's first load). The code field with its reason shows while it comes.
 */
export function keptQuiz(load: () => Promise<{ default: EntryView }>): EntryView {
  const Kept = lazy(load);
  return function KeptQuiz({ param, View }) {
    if (param.status !== 'problem') return <QuizEntry param={param} />;
    return (
      <Suspense fallback={<QuizEntry param={param} />}>
        <Kept param={param} View={View} />
      </Suspense>
    );
  };
}
