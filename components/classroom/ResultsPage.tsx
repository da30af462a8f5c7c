'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { loadQuizSnapshot, storeQuizSnapshot } from '@/lib/classroom/quiz-snapshot';
import { CodeProblemText } from './CodeProblemText';
import { addressNamesQuiz, type ClassroomSource } from './engine';
import { earlyModule } from '@/lib/early-module';
import { QuizEntry } from './QuizEntry';
import { type QuizParam, useQuizParam } from './useQuizParam';

const loadResults = earlyModule(() => import('./ResultsBoard'), addressNamesQuiz);
const ClassResults = lazy(() => loadResults().then((m) => ({ default: m.ClassResults })));

/** Problems of a sound code whose quiz this content can no longer draw. */
const UNDRAWABLE = new Set(['unknown-deck', 'content-changed', 'no-questions']);

/** The quiz kept by this page when it last opened the code, when the content cannot draw it. */
function useKeptQuiz(param: QuizParam) {
  const text = param.status === 'problem' ? param.text : null;
  const undrawable = param.status === 'problem' && UNDRAWABLE.has(param.problem.kind);
  return useMemo(() => (text && undrawable ? loadQuizSnapshot(text) : null), [text, undrawable]);
}

/** `classroom/results/?q=CODE` (and `&r=RESULT` from a scanned result QR code). */
export function ResultsPage({ source }: { source: ClassroomSource }) {
  const param = useQuizParam(source, loadResults);
  const t = useTranslations('ClassroomResults');
  const tc = useTranslations('Classroom');
  const kept = useKeptQuiz(param);
  const opened = param.status === 'ready' ? param.quiz : null;
  // Kept for the day the content can no longer draw this quiz (a deck it used is deleted).
  useEffect(() => {
    if (opened) storeQuizSnapshot(opened);
  }, [opened]);
  const loading = <p role="status">{tc('loading')}</p>;
  if (param.status === 'problem' && kept) {
    return (
      <>
        <div className="notice" role="note">
          <p>
            <CodeProblemText problem={param.problem} expected="quiz" />
          </p>
          <p>{t('keptQuiz')}</p>
        </div>
        <Suspense fallback={loading}>
          <ClassResults key={kept.code} quiz={kept} />
        </Suspense>
      </>
    );
  }
  if (param.status !== 'ready') return <QuizEntry param={param} />;
  return (
    <Suspense fallback={loading}>
      <ClassResults key={param.quiz.code} quiz={param.quiz} />
    </Suspense>
  );
}
