'use client';

import { quizPage } from './quizPage';

/** `classroom/print/?q=CODE`: a worksheet and, on pages of its own, the answer key. */
export const PrintPage = quizPage(() =>
  import('./Worksheet').then((m) => ({ default: m.Worksheet })),
);
