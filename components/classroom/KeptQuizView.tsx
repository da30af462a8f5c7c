'use client';

import { useTranslations } from 'next-intl';
import { type ComponentType, Suspense, useEffect, useMemo } from 'react';
import { loadQuizSnapshot, readQuizSnapshot } from '@/lib/classroom/quiz-snapshot';
import { QuizEntry } from './QuizEntry';
import { UNDRAWABLE } from './keptQuiz';
import type { EntryView } from './quizPage';

/**
 * For the pages that keep a copy of the quizzes they open (lib/classroom/quiz-snapshot.ts), what
 * shows until there is a quiz (keptQuiz.tsx loads it with the page's view): a code the content
 * can no longer draw (a deck it used was deleted) opens that copy, with the reason; without a
 * copy, the code field says the reason and `Lost` shows what the page can still show of the code.
 */
export function keptQuizView(Lost?: ComponentType<{ code: string }>): EntryView {
  return function KeptQuizView({ param, View }) {
    const tc = useTranslations('Classroom');
    const text =
      param.status === 'problem' && UNDRAWABLE.has(param.problem.kind) ? param.text : null;
    const kept = useMemo(() => (text ? readQuizSnapshot(text) : null), [text]);
    // Opening the copy counts as using it, and prunes the copies past the limit: storage is
    // written after the render, not during it.
    useEffect(() => {
      if (text) loadQuizSnapshot(text);
    }, [text]);
    if (kept && param.status === 'problem') {
      return (
        <Suspense fallback={<p role="status">{tc('loading')}</p>}>
          <View key={kept.code} quiz={kept} kept={param.problem} />
        </Suspense>
      );
    }
    return (
      <>
        <QuizEntry param={param} />
        {text && Lost ? <Lost code={text} /> : null}
      </>
    );
  };
}
