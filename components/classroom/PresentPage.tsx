'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { addressNamesQuiz, type ClassroomSource } from './engine';
import { earlyModule } from '@/lib/early-module';
import { QuizEntry } from './QuizEntry';
import { useQuizParam } from './useQuizParam';

const loadPresent = earlyModule(() => import('./PresentMode'), addressNamesQuiz);
const PresentStage = lazy(() => loadPresent().then((m) => ({ default: m.PresentStage })));

/** `classroom/present/?q=CODE`: the quiz on a projector. */
export function PresentPage({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source, loadPresent);
  const tc = useTranslations('Classroom');
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  return (
    <Suspense fallback={<p role="status">{tc('loading')}</p>}>
      <PresentStage key={param.quiz.code} quiz={param.quiz} />
    </Suspense>
  );
}
