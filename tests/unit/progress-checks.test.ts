import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkExportFile, restoreSave } from '@/lib/progress/save';
import {
  checkProfile,
  checkReview,
  checkSave,
  checkSettings,
  MEMORY_LENGTH,
  MOTION,
  REVIEW_KINDS,
  SAVE_FORMAT,
  SAVE_VERSION,
  STUDY_MODES,
  THEMES,
} from '@/lib/progress/schema';
import { SETTING_LIMITS } from '@/lib/progress/settings-limits';
import { agree } from './check-oracle';

/*
 * Saved progress is checked by hand in the browser (lib/progress/schema.ts); here the same
 * rules are written as zod schemas, the oracle the checks must agree with.
 */

const safeId = z.string().regex(/^[A-Za-z0-9:_=,./-]{1,400}$/);
const ReviewOracle = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{6,32}$/),
  fact: safeId,
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  at: z.int().min(0).max(8.64e15),
  kind: z.enum(REVIEW_KINDS),
  mode: z.enum(STUDY_MODES),
  session: z.string().regex(/^[a-z0-9]{1,32}$/),
  claim: safeId.optional(),
  right: z.boolean().optional(),
  response: z.string().max(4000).optional(),
  question: safeId.optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32)
    .optional(),
  deck: safeId.optional(),
});
const L = SETTING_LIMITS;
const SettingsOracle = z.strictObject({
  dailyGoal: z.int().min(L.dailyGoal.min).max(L.dailyGoal.max),
  newCardsPerDay: z.int().min(L.newCardsPerDay.min).max(L.newCardsPerDay.max),
  desiredRetention: z.number().min(L.desiredRetention.min).max(L.desiredRetention.max),
  theme: z.enum(THEMES),
  motion: z.enum(MOTION),
  questionLanguages: z
    .strictObject({
      zh: z.enum(['zh', 'en', 'both']).optional(),
      en: z.enum(['zh', 'en', 'both']).optional(),
    })
    .optional(),
  questionLanguage: z.enum(['zh', 'en', 'both']).optional(),
  nameCardDecks: z
    .array(z.union([z.literal('*'), z.string().regex(/^[A-Za-z0-9:_=,./-]{1,400}$/)]))
    .max(500)
    .optional(),
  mistakeClearAfter: z.int().min(L.mistakeClearAfter.min).max(L.mistakeClearAfter.max).optional(),
});
const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const ArchivedMistakeOracle = z.tuple([
  safeId,
  safeId,
  z.enum(REVIEW_KINDS),
  z.int().min(0).max(8.64e15),
  z.string().regex(/^[a-z0-9]{1,32}$/),
  z.array(count).length(L.mistakeClearAfter.max),
  z.array(z.int().min(-1e9).max(1e9)),
  z.string().max(4000).nullable(),
  safeId.nullable(),
  z
    .int()
    .min(0)
    .max(2 ** 32)
    .nullable(),
]);
const ArchiveOracle = z.strictObject({
  lineage: z.string().regex(/^[a-z0-9]{1,32}$/),
  before: z.int().min(0),
  reviews: count,
  retention: z.number().min(L.desiredRetention.min).max(L.desiredRetention.max),
  offset: z.int().min(-1440).max(1440),
  memories: z.array(z.tuple([safeId], z.number()).refine((m) => m.length === MEMORY_LENGTH + 1)),
  slots: z.array(count).refine((a) => a.length % 2 === 0),
  kinds: z.array(z.tuple([z.enum(REVIEW_KINDS), count, count])).max(REVIEW_KINDS.length),
  mistakes: z.array(ArchivedMistakeOracle),
});
const ProfileOracle = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{1,32}$/),
  name: z.string().trim().min(1).max(40),
  createdAt: z.int().min(0),
  settings: SettingsOracle,
  reviews: z.array(ReviewOracle),
  undone: z.array(z.string()),
  resetAt: z.int().min(0).optional(),
  restored: z.array(z.string()).optional(),
  archive: ArchiveOracle.optional(),
});
const SaveOracle = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.union([z.literal(1), z.literal(SAVE_VERSION)]),
  activeProfile: z.string(),
  profiles: z.array(ProfileOracle).min(1),
  deletedProfiles: z.array(z.string()),
});
const ExportOracle = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.int().min(1),
  exportedAt: z.int().min(0),
  profile: ProfileOracle,
});

// Valid values -------------------------------------------------------------------------------

const token = (min: number) =>
  fc.stringMatching(new RegExp(`^[a-z0-9]{${min},12}$`)).filter((s) => s.length >= min);
const id = fc.stringMatching(/^[A-Za-z0-9:_=,./-]{1,30}$/);
const review = fc.record(
  {
    id: token(6),
    fact: id,
    grade: fc.constantFrom(1, 2, 3, 4),
    at: fc.integer({ min: 0, max: 4e12 }),
    kind: fc.constantFrom(...REVIEW_KINDS),
    mode: fc.constantFrom(...STUDY_MODES),
    session: token(1),
    question: id,
    seed: fc.integer({ min: 0, max: 2 ** 32 }),
    deck: id,
  },
  { requiredKeys: ['id', 'fact', 'grade', 'at', 'kind', 'mode', 'session'] },
);
const settings = fc.record(
  {
    dailyGoal: fc.integer({ min: L.dailyGoal.min, max: L.dailyGoal.max }),
    newCardsPerDay: fc.integer({ min: L.newCardsPerDay.min, max: L.newCardsPerDay.max }),
    desiredRetention: fc.double({
      min: L.desiredRetention.min,
      max: L.desiredRetention.max,
      noNaN: true,
    }),
    theme: fc.constantFrom(...THEMES),
    motion: fc.constantFrom(...MOTION),
    questionLanguages: fc.record(
      { zh: fc.constantFrom('zh', 'en', 'both'), en: fc.constantFrom('zh', 'en', 'both') },
      { requiredKeys: [] },
    ),
    questionLanguage: fc.constantFrom('zh', 'en', 'both'),
    nameCardDecks: fc.array(fc.oneof(fc.constant('*'), id), { maxLength: 3 }),
    mistakeClearAfter: fc.integer({ min: L.mistakeClearAfter.min, max: L.mistakeClearAfter.max }),
  },
  { requiredKeys: ['dailyGoal', 'newCardsPerDay', 'desiredRetention', 'theme', 'motion'] },
);
const archive = fc.record({
  lineage: token(1),
  before: fc.integer({ min: 0, max: 4e12 }),
  reviews: fc.nat(),
  retention: fc.double({ min: L.desiredRetention.min, max: L.desiredRetention.max, noNaN: true }),
  offset: fc.integer({ min: -1440, max: 1440 }),
  memories: fc.array(
    fc.tuple(
      id,
      ...Array.from({ length: MEMORY_LENGTH }, () =>
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
    ),
    { maxLength: 2 },
  ),
  slots: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }).map((p) => p.flat()),
  kinds: fc.array(fc.tuple(fc.constantFrom(...REVIEW_KINDS), fc.nat(), fc.nat()), { maxLength: 2 }),
  mistakes: fc.array(
    fc.tuple(
      id,
      id,
      fc.constantFrom(...REVIEW_KINDS),
      fc.integer({ min: 0, max: 4e12 }),
      token(1),
      fc.array(fc.nat(), {
        minLength: L.mistakeClearAfter.max,
        maxLength: L.mistakeClearAfter.max,
      }),
      fc.array(fc.integer({ min: 0, max: 60000 }), { maxLength: 3 }),
      fc.option(fc.string({ maxLength: 20 })),
      fc.option(id),
      fc.option(fc.integer({ min: 0, max: 2 ** 32 })),
    ),
    { maxLength: 2 },
  ),
});
const profile = fc.record(
  {
    id: token(1),
    // Names at the 40-character edge too, and with spaces around that trimming removes.
    name: fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.stringMatching(/^[a-z]{40}$/),
        fc.stringMatching(/^ [a-z]{40} $/),
      )
      .filter((s) => s.trim().length > 0),
    createdAt: fc.integer({ min: 0, max: 4e12 }),
    settings,
    reviews: fc.array(review, { maxLength: 4 }),
    undone: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    resetAt: fc.integer({ min: 0, max: 4e12 }),
    restored: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    archive,
  },
  { requiredKeys: ['id', 'name', 'createdAt', 'settings', 'reviews', 'undone'] },
);
const save = fc.record({
  format: fc.constant(SAVE_FORMAT),
  version: fc.constantFrom(1, SAVE_VERSION),
  activeProfile: fc.string({ maxLength: 8 }),
  profiles: fc.array(profile, { minLength: 1, maxLength: 2 }),
  deletedProfiles: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
});
const exportFile = fc.record({
  format: fc.constant(SAVE_FORMAT),
  version: fc.integer({ min: 1, max: 5 }),
  exportedAt: fc.integer({ min: 0, max: 4e12 }),
  profile,
});

describe('hand-written progress checks', () => {
  agree('review', (v) => checkReview(v).ok, ReviewOracle, review);
  agree('settings', (v) => checkSettings(v).ok, SettingsOracle, settings);
  agree('profile', (v) => checkProfile(v).ok, ProfileOracle, profile, 1000);
  agree('save', (v) => checkSave(v).ok, SaveOracle, save, 1000);
  agree('export file', (v) => checkExportFile(v).ok, ExportOracle, exportFile, 1000);

  it('give what the oracle gives for a valid save: names trimmed, nothing else changed', () => {
    fc.assert(
      fc.property(save, (s) => {
        const checked = checkSave(s);
        expect(checked.ok && checked.value).toEqual(SaveOracle.parse(s));
      }),
      { numRuns: 300 },
    );
  });

  it('agree with the oracle on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(checkSave(v).ok).toBe(SaveOracle.safeParse(v).success);
        expect(checkReview(v).ok).toBe(ReviewOracle.safeParse(v).success);
      }),
    );
  });

  it('name the part of an export file at fault', () => {
    const file = fc.sample(exportFile, { seed: 7, numRuns: 1 })[0]!;
    const bad = structuredClone(file);
    bad.profile.reviews = [
      ...fc.sample(review, { seed: 3, numRuns: 2 }),
      { ...fc.sample(review, { seed: 4, numRuns: 1 })[0]!, grade: 7 as 1 },
    ];
    expect(checkExportFile(bad)).toEqual({ ok: false, field: 'profile.reviews.2' });
    expect(checkExportFile({ ...file, version: 0 })).toEqual({ ok: false, field: 'version' });
  });

  it('a save with a damaged review keeps every other review', () => {
    const s = fc.sample(save, { seed: 11, numRuns: 1 })[0]!;
    const reviews = fc.sample(review, { seed: 5, numRuns: 3 }).map((r, i) => ({
      ...r,
      id: `review${i}`,
    }));
    s.profiles = [{ ...s.profiles[0]!, reviews: [...reviews, { broken: true }] as never }];
    const restored = restoreSave(JSON.stringify(s));
    expect(restored.problem).toEqual({ kind: 'repaired', dropped: 1 });
    expect(restored.save?.profiles[0]?.reviews.map((r) => r.id).sort()).toEqual([
      'review0',
      'review1',
      'review2',
    ]);
  });
});
