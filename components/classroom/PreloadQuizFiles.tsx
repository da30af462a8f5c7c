import { PreloadFiles } from '../PreloadFiles';
import type { ClassroomSource } from './engine';

/** What each classroom page draws a quiz with: the generator and the page's quiz view. */
export const QUIZ_CHUNKS = {
  present: ['chunk:classroom-drawing', 'chunk:classroom-present'],
  play: ['chunk:classroom-drawing', 'chunk:classroom-play'],
  results: ['chunk:classroom-drawing', 'chunk:classroom-results'],
  print: ['chunk:classroom-drawing', 'chunk:classroom-print'],
} as const;

/**
 * A classroom page's preload (../PreloadFiles.tsx): the content and its versions, and the
 * scripts of the generator and of the page's quiz view, when the address holds a quiz code (or
 * always, on the builder). They are then on their way when the page asks for them as it
 * hydrates (engine.ts, quizPage.tsx).
 */
export function PreloadQuizFiles({
  source,
  chunks = [],
  always = false,
}: {
  source: ClassroomSource;
  chunks?: readonly string[];
  always?: boolean;
}) {
  return (
    <PreloadFiles
      fetches={[source.content, source.history]}
      chunks={chunks}
      when={always ? 'always' : 'quiz-code'}
    />
  );
}
