'use client';

import { loadQuizSnapshot } from '@/lib/classroom/quiz-snapshot';
import { quizPage } from './quizPage';

/**
 * `classroom/results/?q=CODE` (and `&r=RESULT` from a scanned result QR code). It grades from
 * the copy of the quiz it kept when the content can no longer draw it.
 */
export const ResultsPage = quizPage(
  () => import('./ResultsBoard').then((m) => ({ View: m.ClassResults })),
  { kept: loadQuizSnapshot },
);
