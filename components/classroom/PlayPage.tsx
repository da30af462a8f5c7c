'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import { useProgress } from '../progress/ProgressProvider';
import { addressNamesQuiz, type ClassroomSource } from './engine';
import { earlyModule } from '@/lib/early-module';
import { QuizEntry } from './QuizEntry';
import { useQuizParam } from './useQuizParam';

const loadPlay = earlyModule(() => import('./StudentPlay'), addressNamesQuiz);
const StudentPlay = lazy(() => loadPlay().then((m) => ({ default: m.StudentPlay })));

/** `classroom/play/?q=CODE`: a student takes the quiz on a phone and ends with a result code. */
export function StudentPlayPage({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source, loadPlay);
  const tc = useTranslations('Classroom');
  // A saved result belongs to the profile that handed it in: wait for the active one.
  const profileId = useProgress().progress?.profile.id;
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  const loading = <p role="status">{tc('loading')}</p>;
  if (!profileId) return loading;
  return (
    <Suspense fallback={loading}>
      <StudentPlay
        key={`${profileId}:${param.quiz.code}`}
        quiz={param.quiz}
        profileId={profileId}
      />
    </Suspense>
  );
}
