'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import type { ClassroomSource } from './engine';
import { QuizEntry } from './QuizEntry';
import { useQuizParam } from './useQuizParam';

const loadResults = () => import('./ResultsBoard');
const ClassResults = lazy(() => loadResults().then((m) => ({ default: m.ClassResults })));

/** `classroom/results/?q=CODE` (and `&r=RESULT` from a scanned result QR code). */
export function ResultsPage({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source, loadResults);
  const tc = useTranslations('Classroom');
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  return (
    <Suspense fallback={<p role="status">{tc('loading')}</p>}>
      <ClassResults key={param.quiz.code} quiz={param.quiz} />
    </Suspense>
  );
}
