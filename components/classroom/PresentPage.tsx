'use client';

import { quizPage } from './quizPage';

/** `classroom/present/?q=CODE`: the quiz on a projector. */
export const PresentPage = quizPage(() =>
  import('./PresentMode').then((m) => ({ default: m.PresentStage })),
);
