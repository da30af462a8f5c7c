import { type ContentBundle, type ContentIndex, indexContent } from '@/lib/content/index-content';
import type { Mistake } from '@/lib/progress/mistakes';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { timelineQuestion } from '../timeline/question';
import { TIMELINE_QUESTION_PREFIX } from '../timeline/round';

/*
 * The notebook's questions, made again. Loaded with the question generator only once the
 * notebook page has the learner's mistakes (components/study/MistakesSession.tsx), so the page's
 * own scripts stay light.
 */

export interface NotebookEntry {
  mistake: Mistake;
  question: Question;
}

/** Asks each mistake's question again, as it was: same seed, same deck, same id. */
export function regenerate(content: ContentBundle, mistakes: readonly Mistake[]): NotebookEntry[] {
  const banks = new Map<string, Map<string, Question>>();
  const deckIds = new Set(content.decks.map((d) => d.id));
  let index: ContentIndex | undefined;
  return mistakes.flatMap((mistake) => {
    const seed = mistake.seed ?? 1;
    // A timeline round: its events, asked again as an ordering question.
    if (mistake.question.startsWith(TIMELINE_QUESTION_PREFIX)) {
      index ??= indexContent(content);
      const question = timelineQuestion(index, mistake.question, seed);
      return question ? [{ mistake, question }] : [];
    }
    const deck = mistake.deck && deckIds.has(mistake.deck) ? mistake.deck : undefined;
    const key = `${seed}|${deck ?? ''}`;
    let bank = banks.get(key);
    if (!bank) {
      bank = new Map(
        generateQuestions(content, { seed, ...(deck ? { deckIds: [deck] } : {}) }).map((q) => [
          q.id,
          q,
        ]),
      );
      banks.set(key, bank);
    }
    const question = bank.get(mistake.question);
    // A question the content no longer makes (a fact was corrected) leaves the notebook quietly.
    return question ? [{ mistake, question }] : [];
  });
}
