import type { CardView } from '../../lib/cards/card';
import { firstCard } from '../../lib/cards/content-cards';
import { createQuiz } from '../../lib/classroom/quiz';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import { emptySave, serializeSave } from '../../lib/progress/save';
import type { Save } from '../../lib/progress/schema';
import { QUESTION_KINDS } from '../../lib/questions/models';
import { STORAGE_KEYS } from '../../lib/storage/keys';
import type { TapTarget } from './first-tap';

/* What the first-tap measure (./first-tap.ts) taps on each page, and on the floor. */

/** The floor's one control. */
export const FLOOR_TAP: TapTarget = {
  label: 'floor /',
  path: '/',
  tap: 'button',
  handled: `/[1-9]/.test(document.querySelector('button')?.textContent ?? '')`,
};

/**
 * What a learner taps first on each page, and what shows the tap was handled. Home and the deck
 * page have links and one control more, the profile menu: all work as plain HTML from the first
 * paint for a learner with one profile under its default name (a native select, which opens at
 * the tap with nothing to see in the markup: its figure is when the page took the tap). Practice's
 * option and the flashcards' Show answer also answer before hydration; the projector's Start needs
 * the quiz drawn.
 */
export function firstTapTargets(): TapTarget[] {
  // With its versions, as the built pages hold it: the code names the latest.
  const content = { ...loadContent(), history: readHistory() };
  const quiz = createQuiz(content, {
    deckIds: [content.decks[0]!.id],
    kinds: [...QUESTION_KINDS],
    count: 10,
    secondsPerQuestion: 30,
    language: 'zh',
    seed: 1,
  });
  const profileMenu = '.profile-switcher select';
  // The app marks <html data-hydrated> once React has taken the page over (components/hydrated.tsx).
  const ready = `document.documentElement.hasAttribute('data-hydrated')`;
  const targets: TapTarget[] = [
    {
      label: '/zh/ (profile menu)',
      path: '/zh/',
      tap: profileMenu,
      handled: `document.querySelector(${JSON.stringify(profileMenu)}) !== null`,
    },
    {
      label: '/zh/practice/ (an option)',
      path: '/zh/practice/',
      tap: '.quiz-card label.option',
      // Chosen as plain HTML before hydration (a radio the CSS draws chosen), or by React.
      handled: `document.querySelector('.quiz-card .option.is-selected, .quiz-card .option:has(input:checked)') !== null`,
    },
    {
      label: '/zh/cards/ (show answer)',
      path: '/zh/cards/',
      tap: '.flip-button',
      handled: `document.querySelector('.flashcard-back:not([hidden])') !== null`,
    },
    {
      // A learner back with a review from yesterday: the card shown is their queue's, which
      // needs the store, the cards' engine and the content, not the HTML's.
      label: '/zh/cards/ (show answer; a learner with reviews)',
      path: '/zh/cards/',
      tap: '.flip-button',
      handled: `document.querySelector('.flashcard-back:not([hidden])') !== null`,
      prepare: returningLearner(content),
      // Reported, not budgeted: the flashcards' budgeted rows are a learner's first and second
      // visits (docs/performance.md, "The first tap").
      budget: false,
    },
    {
      label: `/zh/decks/${content.decks[0]!.id}/ (profile menu)`,
      path: `/zh/decks/${content.decks[0]!.id}/`,
      tap: profileMenu,
      handled: `document.querySelector(${JSON.stringify(profileMenu)}) !== null`,
    },
    {
      label: '/zh/classroom/present/ (start)',
      path: `/zh/classroom/present/?q=${quiz.code}`,
      tap: '.present .button-primary',
      handled: `document.querySelector('.present-prompt') !== null`,
    },
  ];
  return targets.map((target) => ({ ...target, ready }));
}

/**
 * A learner who graded `card` the day before `now`: a save the store reads as it is. Its ids are
 * tokens (lib/progress/schema.ts): a save with others is set aside as unreadable, and the page
 * then shows a first visit's queue under a notice, not this learner's.
 */
export function returningLearnerSave(card: Pick<CardView, 'key' | 'fact'>, now: number): Save {
  const yesterday = now - 86_400_000;
  const save = emptySave('benchlearner', '我', yesterday - 60_000);
  save.profiles[0]!.reviews = [
    {
      id: 'benchreview1',
      fact: card.fact,
      claim: card.key,
      grade: 3,
      at: yesterday,
      kind: 'card',
      mode: 'cards',
      session: 'benchsession',
    },
  ];
  return save;
}

/** A script that gives a fresh browser a learner who graded the first card yesterday. */
function returningLearner(content: ReturnType<typeof loadContent>): string {
  const save = returningLearnerSave(firstCard(content)!, Date.now());
  const key = JSON.stringify(STORAGE_KEYS.progress);
  return `if (localStorage.getItem(${key}) === null) localStorage.setItem(${key}, ${JSON.stringify(serializeSave(save))});`;
}
