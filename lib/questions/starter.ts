import type { ContentBundle } from '../content/index-content';
import { generateQuiz } from './generate';
import { defaultQuizSettings, type Question } from './models';

/**
 * The seed of the starter quiz: the quiz a learner who has answered nothing yet gets on the
 * practice page. It is drawn at build time and is in the page's HTML, so a first visit shows its
 * first question before any script runs; once a learner has answered something, each visit draws
 * a seed of its own in the browser.
 */
export const STARTER_SEED = 1;

export interface StarterQuiz {
  seed: number;
  questions: Question[];
}

/** The starter quiz of this content: the default settings with STARTER_SEED. */
export function starterQuiz(content: ContentBundle): StarterQuiz {
  const questions = generateQuiz(content, {
    ...defaultQuizSettings(content),
    seed: STARTER_SEED,
  });
  // Its first question is one a tap answers (a choice), whatever the content draws first: a
  // radio or checkbox works as plain HTML before the scripts run, a typed answer needs them.
  const choice = questions.findIndex((q) => q.kind === 'single' || q.kind === 'multiple');
  if (choice > 0) questions.unshift(...questions.splice(choice, 1));
  return { seed: STARTER_SEED, questions };
}
