import { restoreSave, serializeSave } from '../../lib/progress/save';
import { replayReviews, scheduler } from '../../lib/progress/schedule';
import type { Review, Save } from '../../lib/progress/schema';
import { DEFAULT_SETTINGS, SAVE_FORMAT, SAVE_VERSION } from '../../lib/progress/schema';
import { type Timing, time } from './measure';

/*
 * Loading and saving progress with many cards: one review per card, each as a practice answer
 * writes it (question id, seed, deck and session included), ids as long as randomId makes them.
 * Saving is serializeSave; loading is restoreSave (parse and validate) and replaying every
 * review through the scheduler into cards.
 */

export interface ProgressFigures {
  cards: number;
  bytes: number;
  bytesPerCard: number;
  save: Timing;
  load: Timing;
}

function saveWith(cards: number): Save {
  const start = Date.UTC(2025, 0, 1);
  const reviews: Review[] = Array.from({ length: cards }, (_, i) => {
    const deck = `syn-deck-${Math.floor(i / 40) + 1}`;
    const fact = `syn-m-${Math.floor(i / 40) + 1}-${(i % 40) + 1}`;
    return {
      id: `r${i.toString(36).padStart(19, '0')}`,
      fact,
      grade: i % 5 === 0 ? 1 : 3,
      at: start + i * 61_000,
      kind: 'single',
      mode: 'practice',
      session: `s${Math.floor(i / 20)
        .toString(36)
        .padStart(19, '0')}`,
      question: `single:${fact}/city`,
      seed: 100_000_000 + (i % 900_000_000),
      deck,
    };
  });
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    activeProfile: 'p1',
    profiles: [
      {
        id: 'p1',
        name: '学习者',
        createdAt: start,
        settings: { ...DEFAULT_SETTINGS },
        reviews,
        undone: [],
      },
    ],
    deletedProfiles: [],
  };
}

export function benchProgress(sizes: readonly number[]): ProgressFigures[] {
  return sizes.map((cards) => {
    const save = saveWith(cards);
    const text = serializeSave(save);
    const bytes = Buffer.byteLength(text, 'utf8');
    const f = scheduler(DEFAULT_SETTINGS.desiredRetention);
    const saving = time(
      7,
      () => undefined,
      () => serializeSave(save),
    );
    const loading = time(
      7,
      () => undefined,
      () => {
        const restored = restoreSave(text).save;
        if (!restored || restored.profiles[0]?.reviews.length !== cards)
          throw new Error('the save did not restore whole');
        replayReviews(restored.profiles[0].reviews, f);
      },
    );
    return { cards, bytes, bytesPerCard: bytes / cards, save: saving, load: loading };
  });
}
