/*
 * What the classroom pages draw quizzes with: the question generator (lib/questions,
 * lib/kinds) and the quiz codes built on it. Loaded with the content when a page first needs a
 * quiz (engine.ts), so that a page's own scripts carry neither: the code field and the builder's
 * form come without them.
 */
export { createQuiz, openQuiz } from '@/lib/classroom/quiz';
export { generateQuestions } from '@/lib/questions/generate';

/** Names this module's scripts for the HTML's preload (PreloadQuizFiles.tsx, scripts/preload-chunks.ts). */
export const CHUNK_NAME = 'chunk:classroom-drawing';
