import { type Card, createEmptyCard, type FSRS, type Grade as FsrsGrade, State } from 'ts-fsrs';
import { answersOf } from './answers';
import { DAY_MS, dayNumber } from './days';
import { answeredRight, foldMistakes } from './mistakes';
import { effectiveReviews } from './reviews';
import { type MemoryCard, memoryKeys, replay, scheduler } from './schedule';
import type { Archive, Grade, Profile, Review, ReviewKind } from './schema';

/*
 * Compaction. The log of reviews only grows: at 200 reviews a day localStorage is full within a
 * year, and replaying every review to build the flashcard queue took seconds. So the old part of
 * a long log is folded into the profile's archive: the exact FSRS state of each memory, answers
 * per quarter hour (for the daily counts, streak and heatmap in any time zone), answers per kind
 * and the mistakes notebook. The log keeps the last KEEP_MS, whose reviews undo and the
 * two-tab merge work on, review by review.
 *
 * FSRS stays exact: a memory keeps the card as its last review left it, scheduled with the
 * desired retention of the moment, and the card before that review with the grade, so that a
 * changed retention schedules the last review again exactly as a replay of the whole log would
 * (ts-fsrs reads neither `due` nor `scheduled_days` of the card it is given).
 */

/** A profile's log is compacted once it holds more reviews than this. */
export const COMPACT_AFTER = 1000;
/** Reviews of the last three days stay in the log. */
export const KEEP_MS = 3 * DAY_MS;
/** Answers are counted per quarter hour: every time zone's days begin on one. */
export const QUARTER_HOUR_MS = 900_000;

/** What pages read of an archive (the stats need no more). */
export type ArchiveView = Pick<Archive, 'memories' | 'retention' | 'slots' | 'kinds' | 'mistakes'>;

/** The numbers of an archived memory, after its key. */
const M = {
  last: 1,
  dueMinutes: 2,
  stability: 3,
  difficulty: 4,
  elapsed: 5,
  scheduled: 6,
  steps: 7,
  reps: 8,
  lapses: 9,
  state: 10,
  /** Ours, which count every Again after the first review (FSRS's count those of cards in review). */
  ourLapses: 11,
  grade: 12,
  priorStability: 13,
  priorDifficulty: 14,
  priorState: 15,
  priorSteps: 16,
  /** How long before the last review the one before it was; -1: there was none. */
  priorGap: 17,
} as const;
// Not kept, as they follow from the rest: the memory's review count is the card's `reps`; the
// card before the last review had one lapse less when that review was Again on a card in review.

interface Folded {
  memory: MemoryCard;
  /** The card before the memory's last review, and that review's grade. */
  prior: Card;
  grade: Grade;
}

type Entry = Archive['memories'][number];
const num = (e: Entry, i: number) => e[i] as number;

function encode(key: string, { memory, prior, grade }: Folded): Entry {
  const { card } = memory;
  const last = memory.lastReviewAt;
  return [
    key,
    last,
    Math.round((card.due.getTime() - last) / 60_000),
    card.stability,
    card.difficulty,
    card.elapsed_days,
    card.scheduled_days,
    card.learning_steps,
    card.reps,
    card.lapses,
    card.state,
    memory.lapses,
    grade,
    prior.stability,
    prior.difficulty,
    prior.state,
    prior.learning_steps,
    prior.last_review ? last - prior.last_review.getTime() : -1,
  ];
}

function priorCard(e: Entry): Card {
  const gap = num(e, M.priorGap);
  if (gap < 0) return createEmptyCard<Card>(new Date(num(e, M.last)));
  const priorLast = num(e, M.last) - gap;
  const state = num(e, M.priorState) as State;
  const lapse = state === State.Review && num(e, M.grade) === 1 ? 1 : 0;
  return {
    due: new Date(priorLast),
    stability: num(e, M.priorStability),
    difficulty: num(e, M.priorDifficulty),
    elapsed_days: 0,
    scheduled_days: 0,
    reps: num(e, M.reps) - 1,
    lapses: num(e, M.lapses) - lapse,
    learning_steps: num(e, M.priorSteps),
    state,
    last_review: new Date(priorLast),
  };
}

/** The memory an entry holds, scheduled by `f` (rescheduled when its retention differs). */
function memoryOf(e: Entry, f: FSRS, scheduled: number, retention: number): MemoryCard {
  const last = num(e, M.last);
  const card: Card =
    retention === scheduled
      ? {
          due: new Date(last + num(e, M.dueMinutes) * 60_000),
          stability: num(e, M.stability),
          difficulty: num(e, M.difficulty),
          elapsed_days: num(e, M.elapsed),
          scheduled_days: num(e, M.scheduled),
          reps: num(e, M.reps),
          lapses: num(e, M.lapses),
          learning_steps: num(e, M.steps),
          state: num(e, M.state) as State,
          last_review: new Date(last),
        }
      : f.next(priorCard(e), new Date(last), num(e, M.grade) as FsrsGrade).card;
  return {
    key: e[0],
    card,
    reviews: num(e, M.reps),
    lapses: num(e, M.ourLapses),
    lastReviewAt: last,
  };
}

/** Every archived memory, scheduled by `f`: where a replay of the log starts. */
export function archivedMemories(
  archive: ArchiveView | undefined,
  f: FSRS,
): Map<string, MemoryCard> {
  const cards = new Map<string, MemoryCard>();
  const retention = f.parameters.request_retention;
  for (const e of archive?.memories ?? [])
    cards.set(e[0], memoryOf(e, f, archive!.retention, retention));
  return cards;
}

/**
 * Cards of every memory: the archive's (lib/progress/archive.ts), then the log's reviews, sorted
 * oldest first, replayed over them. The same cards as a replay of the whole log.
 */
export function replayHistory(
  archive: ArchiveView | undefined,
  reviews: readonly Review[],
  f: FSRS,
  claimsOf?: (fact: string) => readonly string[] | undefined,
): Map<string, MemoryCard> {
  const cards = archivedMemories(archive, f);
  for (const r of reviews) for (const key of memoryKeys(r, claimsOf)) replay(cards, key, r, f);
  return cards;
}

/** Answers per local day, from the archive's quarter hours. */
export function archivedDays(
  archive: ArchiveView | undefined,
  offsetMinutes: number,
): Map<number, number> {
  const days = new Map<number, number>();
  const slots = archive?.slots ?? [];
  for (let i = 0; i + 1 < slots.length; i += 2) {
    const day = dayNumber(slots[i]! * QUARTER_HOUR_MS, offsetMinutes);
    days.set(day, (days.get(day) ?? 0) + slots[i + 1]!);
  }
  return days;
}

/** How many answers the archive holds. */
export function archivedAnswers(archive: ArchiveView | undefined): number {
  let total = 0;
  const slots = archive?.slots ?? [];
  for (let i = 1; i < slots.length; i += 2) total += slots[i]!;
  return total;
}

export function archivedKinds(
  archive: ArchiveView | undefined,
): Map<ReviewKind, { answered: number; correct: number }> {
  return new Map(
    (archive?.kinds ?? []).map(([kind, answered, correct]) => [kind, { answered, correct }]),
  );
}

/** Whether a profile's log is long enough to compact. */
export function needsCompaction(profile: Profile): boolean {
  return profile.reviews.length > COMPACT_AFTER;
}

/**
 * The profile with the reviews of its log older than KEEP_MS folded into its archive. Reviews
 * saved before claims were the unit (no `claim`) count for every claim of their fact, which only
 * the content knows: the log keeps them and everything after them. Undone reviews, and reviews
 * from before a reset, leave the log with the rest of the old part: they never counted.
 */
export function compactProfile(
  profile: Profile,
  now: number,
  offsetMinutes: number,
  newLineage: () => string,
): Profile {
  if (!needsCompaction(profile)) return profile;
  const counted = [...effectiveReviews(profile)].sort((a, b) => a.at - b.at);
  const legacy = counted.find((r) => !r.claim);
  const cut = Math.min(now - KEEP_MS, legacy ? legacy.at : Infinity);
  const old = profile.archive;
  if (cut <= (old?.before ?? 0)) return profile;
  const folded = counted.filter((r) => r.at < cut);

  const retention = profile.settings.desiredRetention;
  const f = scheduler(retention);
  const state = new Map<string, Folded>();
  for (const e of old?.memories ?? []) {
    const memory = memoryOf(e, f, old!.retention, retention);
    state.set(e[0], { memory, prior: priorCard(e), grade: num(e, M.grade) as Grade });
  }
  const cards = new Map<string, MemoryCard>();
  for (const r of folded) {
    for (const key of memoryKeys(r)) {
      const before = state.get(key);
      cards.clear();
      if (before) cards.set(key, before.memory);
      replay(cards, key, r, f);
      state.set(key, {
        memory: cards.get(key)!,
        prior: before?.memory.card ?? createEmptyCard<Card>(new Date(r.at)),
        grade: r.grade,
      });
    }
  }

  const slots = new Map<number, number>();
  for (let i = 0; i + 1 < (old?.slots.length ?? 0); i += 2)
    slots.set(old!.slots[i]!, old!.slots[i + 1]!);
  const kinds = archivedKinds(old);
  for (const r of answersOf(folded)) {
    const slot = Math.floor(r.at / QUARTER_HOUR_MS);
    slots.set(slot, (slots.get(slot) ?? 0) + 1);
    const k = kinds.get(r.kind) ?? { answered: 0, correct: 0 };
    kinds.set(r.kind, {
      answered: k.answered + 1,
      correct: k.correct + (answeredRight(r) ? 1 : 0),
    });
  }
  const offset = old?.offset ?? offsetMinutes;

  const gone = new Set(profile.reviews.filter((r) => r.at < cut).map((r) => r.id));
  const restored = profile.restored?.filter((id) => !gone.has(id));
  return {
    ...profile,
    reviews: profile.reviews.filter((r) => r.at >= cut),
    undone: profile.undone.filter((id) => !gone.has(id)),
    ...(restored ? { restored } : {}),
    archive: {
      lineage: old?.lineage ?? newLineage(),
      before: cut,
      reviews: (old?.reviews ?? 0) + folded.length,
      retention,
      offset,
      memories: [...state].map(([key, folded]) => encode(key, folded)),
      slots: [...slots].sort((a, b) => a[0] - b[0]).flat(),
      kinds: [...kinds].map(([kind, k]) => [kind, k.answered, k.correct]),
      mistakes: foldMistakes(old?.mistakes ?? [], folded, offset),
    },
  };
}

/** Of two copies' archives, the one that folds more in (ours on a tie). */
export function laterArchive(ours?: Archive, theirs?: Archive): Archive | undefined {
  if (!ours) return theirs;
  if (!theirs) return ours;
  return theirs.before > ours.before ? theirs : ours;
}

/** Reviews the archive has folded in: a copy of the log made before compaction still holds them. */
export function isArchived(r: Review, archive: Archive | undefined): boolean {
  return archive !== undefined && r.at < archive.before;
}
