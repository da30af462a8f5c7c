import type { Messages } from 'next-intl';

/**
 * The message namespaces each part of the app formats in the browser. Pages pass only these to
 * the browser (components/ClientMessages.tsx) instead of every message of the language: the rest
 * is rendered on the server at build time, and a phone has less page data to parse.
 * tests/unit/client-messages.test.ts follows each page's imports and fails when a client
 * component formats a namespace its page does not pass.
 */
type Namespaces = readonly (keyof Messages)[];

const QUIZ = ['Practice', 'Quiz', 'QuizSetup', 'DisplaySwitch'] as const satisfies Namespaces;

export const CLIENT_MESSAGES = {
  layout: ['Profiles', 'ProfileSwitcher', 'StorageNotices', 'Offline'],
  home: ['Today'],
  practice: QUIZ,
  test: [...QUIZ, 'Test'],
  mistakes: [...QUIZ, 'Mistakes'],
  learn: [...QUIZ, 'Learn'],
  cards: ['Cards', 'DisplaySwitch'],
  timeline: ['TimelineGame', 'DisplaySwitch'],
  progress: ['ProgressPage', 'Quiz'],
  settings: ['Settings', 'DisplaySwitch'],
  classroom: ['Classroom', 'ClassroomBuilder', 'Quiz'],
  classroomPlay: ['Classroom', 'ClassroomPlay', 'Quiz'],
  classroomPresent: ['Classroom', 'ClassroomPresent', 'Quiz'],
  classroomPrint: ['Classroom', 'ClassroomPrint', 'Quiz'],
  classroomResults: ['Classroom', 'ClassroomResults'],
} as const satisfies Record<string, Namespaces>;
