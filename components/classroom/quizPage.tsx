'use client';

import { useTranslations } from 'next-intl';
import { type ComponentType, lazy, Suspense, useMemo } from 'react';
import type { ClassroomQuiz, QuizProblem } from '@/lib/classroom/quiz';
import type { ClassroomSource } from './engine';
import { QuizEntry } from './QuizEntry';
import { useQuizParam } from './useQuizParam';

export interface QuizViewProps {
  quiz: ClassroomQuiz;
  /**
   * Why the content could not draw the quiz, when this is the copy the device kept of it (a
   * deck it used was deleted since): the view says so.
   */
  kept?: QuizProblem;
}

/** A classroom page's views, in one chunk loaded with the generator. */
export interface QuizViews {
  /** The page's quiz view. */
  View: ComponentType<QuizViewProps>;
  /** Shown under the code field for a code the content cannot draw and the device kept no copy of. */
  Lost?: ComponentType<{ code: string }>;
}

/** Problems of a sound code whose quiz this content can no longer draw. */
const UNDRAWABLE = new Set<QuizProblem['kind']>([
  'unknown-deck',
  'content-changed',
  'no-questions',
]);

const Nothing: ComponentType<{ code: string }> = () => null;

/**
 * A classroom page (`classroom/<page>/?q=CODE`): the code field until there is a quiz, then the
 * page's view, loaded with the generator and the content. `kept` finds the copy of a quiz this
 * device kept (lib/classroom/quiz-snapshot.ts), for the pages that keep one: passed in, so that
 * the pages that do not carry none of it.
 */
export function quizPage(
  load: () => Promise<QuizViews>,
  { kept: findKept }: { kept?: (code: string) => ClassroomQuiz | null } = {},
) {
  const View = lazy(() => load().then((views) => ({ default: views.View })));
  const Lost = lazy(() => load().then((views) => ({ default: views.Lost ?? Nothing })));

  return function QuizPage({ source }: { source: ClassroomSource }) {
    const param = useQuizParam(source, load);
    const tc = useTranslations('Classroom');
    const text =
      param.status === 'problem' && UNDRAWABLE.has(param.problem.kind) ? param.text : null;
    const kept = useMemo(() => (text && findKept ? findKept(text) : null), [text]);
    const loading = <p role="status">{tc('loading')}</p>;
    if (param.status === 'ready') {
      return (
        <Suspense fallback={loading}>
          <View key={param.quiz.code} quiz={param.quiz} />
        </Suspense>
      );
    }
    if (param.status === 'problem' && kept) {
      return (
        <Suspense fallback={loading}>
          <View key={kept.code} quiz={kept} kept={param.problem} />
        </Suspense>
      );
    }
    return (
      <>
        <QuizEntry param={param} />
        {text && findKept ? (
          <Suspense fallback={null}>
            <Lost code={text} />
          </Suspense>
        ) : null}
      </>
    );
  };
}
