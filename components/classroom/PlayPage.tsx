'use client';

import { quizPage } from './quizPage';

/** `classroom/play/?q=CODE`: a student takes the quiz on a phone and ends with a result code. */
export const StudentPlayPage = quizPage(() =>
  import('./StudentPlay').then((m) => ({ default: m.StudentPlayView })),
);
