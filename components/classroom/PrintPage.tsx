'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { addressNamesQuiz, type ClassroomSource } from './engine';
import { earlyModule } from '@/lib/early-module';
import { QuizEntry } from './QuizEntry';
import { useQuizParam } from './useQuizParam';

const loadWorksheet = earlyModule(() => import('./Worksheet'), addressNamesQuiz);
const Worksheet = lazy(() => loadWorksheet().then((m) => ({ default: m.Worksheet })));

/** `classroom/print/?q=CODE`: a worksheet and, on pages of its own, the answer key. */
export function PrintPage({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source, loadWorksheet);
  const tc = useTranslations('Classroom');
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  return (
    <Suspense fallback={<p role="status">{tc('loading')}</p>}>
      <Worksheet key={param.quiz.code} quiz={param.quiz} />
    </Suspense>
  );
}
