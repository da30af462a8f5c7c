'use client';

import { keptQuiz } from './keptQuiz';
import { quizPage } from './quizPage';

/**
 * `classroom/play/?q=CODE`: a student takes the quiz on a phone and ends with a result code,
 * which stays there to open after a deck the quiz used is deleted.
 */
export const StudentPlayPage = quizPage(
  () => import('./StudentPlay').then((m) => ({ default: m.StudentPlayView })),
  keptQuiz(() => import('./StudentPlay').then((m) => ({ default: m.KeptStudentPlay }))),
);
