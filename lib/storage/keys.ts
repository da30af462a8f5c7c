/** Every key this app writes to localStorage (and a few to sessionStorage), each with its format version. */
export const STORAGE_KEYS = {
  /** All learners' progress on this device: profiles, review logs, settings. */
  progress: 'shizheng:v1:progress',
  /** Saved data that could not be read is set aside under this prefix plus a timestamp. */
  backupPrefix: 'shizheng:v1:backup:',
  /**
   * Answers given before the saved progress was read, per page load (prefix plus the page's id):
   * written at once and when the page is hidden, merged into the progress by the next store to load.
   */
  pendingPrefix: 'shizheng:v1:pending:',
  /**
   * sessionStorage: reviews this tab holds that localStorage could not take (full), per profile,
   * so that a reload of the tab brings them back (lib/progress/store.ts).
   */
  unsaved: 'shizheng:v1:unsaved',
  /** sessionStorage: the practice round in progress in this tab (lib/questions/round.ts). */
  practiceRound: 'shizheng:v1:practice-round',
  /** sessionStorage: the test in progress in this tab (lib/questions/test-run.ts). */
  testRun: 'shizheng:v1:test-run',
  /** sessionStorage: the learn session in progress in this tab (lib/questions/learn.ts). */
  learnRun: 'shizheng:v1:learn-run',
  /**
   * sessionStorage: when this tab last reloaded because a file of its version was gone from the
   * host (components/newVersion.ts), so that it does not reload again and again.
   */
  versionReload: 'shizheng:v1:version-reload',
  /** '1' when flashcards include name cards (中英名称卡) on this device. */
  nameCards: 'shizheng:v1:name-cards',
  /** The question language (中文 / English / both) on this device. */
  displayLanguage: 'shizheng:v1:display-language',
  /**
   * A student's handed-in result (lib/classroom/saved-result.ts), per profile and quiz code, so
   * a reload does not lose it and another profile's result does not replace it.
   */
  classroomResult: (profileId: string, quizCode: string) =>
    `shizheng:v1:classroom:result:${profileId}:${quizCode}`,
  /** The same from before results had a profile: adopted by the first profile that opens it. */
  classroomResultUnowned: (quizCode: string) => `shizheng:v1:classroom:result:${quizCode}`,
  /** A student's quiz in progress (in the tab's sessionStorage), per quiz code: a reload resumes it. */
  classroomRun: (quizCode: string) => `shizheng:v1:classroom:run:${quizCode}`,
  /**
   * sessionStorage: where the projector of a quiz is (slide, answers shown, pause), per quiz code,
   * so that a reload of the presenting tab does not take the class back to the start.
   */
  classroomProjector: (quizCode: string) => `shizheng:v1:classroom:projector:${quizCode}`,
  /**
   * The result codes a teacher has pasted or scanned, per quiz code and class (results pages
   * before classes existed kept them under the key without a class: the class named '').
   */
  classroomCodes: (quizCode: string, className = '') =>
    `shizheng:v1:classroom:codes:${quizCode}${className ? `:class:${encodeURIComponent(className)}` : ''}`,
  /**
   * The quiz as a results page last opened it (lib/classroom/quiz-snapshot.ts): the page grades
   * the codes it holds with it when the content can no longer draw the quiz.
   */
  classroomQuiz: (quizCode: string) => `shizheng:v1:classroom:quiz:${quizCode}`,
  /**
   * JSON list of the quiz codes whose copy (classroomQuiz) this device keeps, most recently
   * opened first: the oldest copies past a limit are removed (lib/classroom/quiz-snapshot.ts).
   */
  classroomQuizOrder: 'shizheng:v1:classroom:quiz-order',
  /** JSON list of the class names a teacher has used with a quiz on its results page. */
  classroomClasses: (quizCode: string) => `shizheng:v1:classroom:classes:${quizCode}`,
  /** The class a quiz's results page showed last: a scanned result link goes there. */
  classroomCurrentClass: (quizCode: string) => `shizheng:v1:classroom:current-class:${quizCode}`,
  /** A class's list of names, one a line, shared by every quiz given to that class. */
  classroomRoster: (className: string) =>
    `shizheng:v1:classroom:roster:${encodeURIComponent(className)}`,
} as const;

/** localStorage that may be missing, full or switched off: reads give null, writes report failure. */
export function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a value, or removes the key when the value is null. */
export function writeKey(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The keys of localStorage that start with `prefix`; none when storage is missing or switched off. */
export function listKeys(prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys;
}
