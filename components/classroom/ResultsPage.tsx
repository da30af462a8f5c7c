'use client';

import { keptQuiz } from './keptQuiz';
import { quizPage } from './quizPage';

/**
 * `classroom/results/?q=CODE` (and `&r=RESULT` from a scanned result QR code). It grades from
 * the copy of the quiz it kept when the content can no longer draw it.
 */
export const ResultsPage = quizPage(
  () => import('./ResultsBoard').then((m) => ({ default: m.ClassResults })),
  keptQuiz(() => import('./ResultsBoard').then((m) => ({ default: m.KeptResults }))),
);
