'use client';

import { useTranslations } from 'next-intl';
import { type ComponentType, lazy, Suspense, useLayoutEffect, useState } from 'react';
import type { ClassroomQuiz, QuizProblem } from '@/lib/classroom/quiz';
import { earlyModule } from '@/lib/early-module';
import { clearEarlyPresent } from './earlyHandover';
import { addressNamesQuiz, type ClassroomSource } from './engine';
import { QuizEntry } from './QuizEntry';
import { type QuizParam, useQuizParam } from './useQuizParam';

export interface QuizViewProps {
  quiz: ClassroomQuiz;
  /**
   * Why the content could not draw the quiz, when this is the copy the device kept of it (a
   * deck it used was deleted since): the view says so.
   */
  kept?: QuizProblem;
}

export type QuizView = ComponentType<QuizViewProps>;

/** What a page shows until it has a quiz, given the page's quiz view. */
export type EntryView = ComponentType<{
  param: Exclude<QuizParam, { status: 'ready' }>;
  View: QuizView;
}>;

/**
 * A classroom page (`classroom/<page>/?q=CODE`): the code field until there is a quiz, then the
 * page's quiz view (`load` gives it as `lazy` takes it), loaded with the generator and the
 * content. `Entry` is what shows until then: the code field, or for the pages that keep a copy
 * of their quizzes that copy when the content can no longer draw one (keptQuiz.tsx). Passed in,
 * so that the pages without one do not carry it.
 */
export function quizPage(load: () => Promise<{ default: QuizView }>, Entry: EntryView = QuizEntry) {
  // The view once its module has come. Rendered through lazy() even then, it would suspend for
  // a moment, and React shows a suspended boundary's content no sooner than 300 ms after its
  // fallback (its throttle against flicker): on a slow phone's second visit the quiz came a
  // quarter of a second after it was drawn.
  let loaded: QuizView | null = null;
  // Asked for while the page hydrates when its address names a quiz, not after it.
  const early = earlyModule(
    () =>
      load().then((module) => {
        loaded = module.default;
        return module;
      }),
    addressNamesQuiz,
  );
  const LazyView = lazy(early);
  function View(props: QuizViewProps) {
    // Chosen once per mount: switching from one to the other would remount the view and lose
    // where the class is.
    const [Shown] = useState<QuizView>(() => loaded ?? LazyView);
    return <Shown {...props} />;
  }
  return function QuizPage({ source }: { source: ClassroomSource }) {
    const param = useQuizParam(source, early);
    const tc = useTranslations('Classroom');
    // A code that cannot open takes the projector's early slide away, to say why.
    const stopped =
      param.status !== 'unread' && param.status !== 'loading' && param.status !== 'ready';
    useLayoutEffect(() => {
      if (stopped) clearEarlyPresent();
    }, [stopped]);
    if (param.status !== 'ready') return <Entry param={param} View={View} />;
    return (
      <Suspense fallback={<p role="status">{tc('loading')}</p>}>
        <View key={param.quiz.code} quiz={param.quiz} />
      </Suspense>
    );
  };
}
