'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { type ClassroomQuiz, openQuiz, type QuizProblem } from '@/lib/classroom/quiz';
import type { ContentBundle } from '@/lib/content/index-content';

export type QuizParam =
  | { status: 'missing' }
  | { status: 'problem'; text: string; problem: QuizProblem }
  | { status: 'ready'; quiz: ClassroomQuiz };

/** The quiz named by `?q=` on a classroom page, drawn from this device's content. */
export function useQuizParam(content: ContentBundle): QuizParam {
  const text = useSearchParams().get('q') ?? '';
  return useMemo((): QuizParam => {
    if (!text.trim()) return { status: 'missing' };
    const opened = openQuiz(content, text);
    return opened.ok
      ? { status: 'ready', quiz: opened.value }
      : { status: 'problem', text, problem: opened.problem };
  }, [content, text]);
}
