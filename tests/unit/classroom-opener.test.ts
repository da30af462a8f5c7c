import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openerOf } from '@/components/classroom/earlyPresent';
import { recordVersion } from '@/lib/classroom/content-history';
import { candidateAt, OPENER_KINDS, pickOpener } from '@/lib/classroom/opener';
import { openersFile, type OpenersFile, openerView } from '@/lib/classroom/openers-file';
import { createQuiz, deckHash, openQuiz, type QuizChoice } from '@/lib/classroom/quiz';
import { decodeQuizCode, encodeQuizCode } from '@/lib/classroom/quiz-code';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { QUESTION_KINDS, type QuestionKind } from '@/lib/questions/models';
import { follows, LATEST_RULES } from '@/lib/questions/rules';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A classroom quiz opens with its opener (lib/classroom/opener.ts): the early projector shows it
 * from the deck's openers file before the page has the generator, so the file, read as the
 * browser reads it, must name the very question every device's generator puts first.
 */

function withHistory(content: ContentBundle) {
  return { ...content, history: recordVersion({ versions: [] }, content) };
}

const SOURCES = [
  ['the fixture', withHistory(loadContent(FIXTURE_ROOT))],
  ['content/', withHistory(loadContent())],
] as const;

/** Each deck's file of a content, by hash, through JSON as the export serves it. */
function filesOf(content: ReturnType<typeof withHistory>): Map<number, OpenersFile> {
  return new Map(
    content.decks.map((d) => [
      deckHash(d.id),
      JSON.parse(JSON.stringify(openersFile(content, d.id, 1, LATEST_RULES))) as OpenersFile,
    ]),
  );
}

const kindsArb = fc.subarray([...QUESTION_KINDS], { minLength: 1 });

describe.each(SOURCES)('the classroom opener, over %s', (_name, content) => {
  const files = filesOf(content);
  const deckIds = content.decks.map((d) => d.id);
  const choiceArb = fc.record({
    deckIds: fc.shuffledSubarray(deckIds, { minLength: 1, maxLength: Math.min(3, deckIds.length) }),
    kinds: kindsArb,
    count: fc.integer({ min: 1, max: 12 }),
    seed: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
  });

  it("is the quiz's first question, and the deck's file names it to the early projector", () => {
    let shown = 0;
    fc.assert(
      fc.property(choiceArb, (c) => {
        const choice: QuizChoice = { ...c, secondsPerQuestion: 30, language: 'both' };
        const quiz = createQuiz(content, choice);
        const settings = quiz.settings;
        const pick = pickOpener({
          seed: settings.seed,
          kinds: settings.kinds,
          deckCount: settings.deckHashes.length,
        });
        const deckFiles = settings.deckHashes.map((h) => files.get(h)!);
        const early = pick ? openerOf(settings, pick, deckFiles[pick.deck]!) : undefined;
        if (early) {
          shown += 1;
          // What the early slide shows is what the stage shows first, option for option.
          expect(openerView(quiz.questions[0]!)).toEqual(early);
          // Drawn again from the code on another device, the same.
          const opened = openQuiz(content, quiz.code);
          expect(opened.ok && openerView(opened.value.questions[0]!)).toEqual(early);
        } else if (pick) {
          // No candidate of that kind in that deck: no opener, and the quiz draws as ever.
          expect(deckFiles[pick.deck]!.candidates[pick.kind]).toEqual([]);
        } else {
          expect(settings.kinds.some((k) => (OPENER_KINDS as readonly string[]).includes(k))).toBe(
            false,
          );
        }
        // Whatever opens it: one question a claim, and never more than asked for.
        const claims = quiz.questions.flatMap((q) => q.claims);
        expect(new Set(claims).size).toBe(claims.length);
        expect(quiz.questions.length).toBeLessThanOrEqual(choice.count);
      }),
      { numRuns: 25 },
    );
    // Most quizzes ask a kind an opener can be of.
    expect(shown).toBeGreaterThan(5);
  });

  it('is of a kind the quiz asks, and of one of its decks', () => {
    fc.assert(
      fc.property(choiceArb, (c) => {
        const pick = pickOpener({ seed: c.seed, kinds: c.kinds, deckCount: c.deckIds.length });
        if (!pick) return;
        expect(c.kinds).toContain(pick.kind);
        expect(pick.deck).toBeLessThan(c.deckIds.length);
        const opener = candidateAt(
          files.get(deckHash(c.deckIds[pick.deck]!))!.candidates[pick.kind],
          pick,
        );
        if (opener) expect(opener.kind).toBe(pick.kind);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the early projector vouches only for a code of its files', () => {
  const content = SOURCES[0][1];
  const files = filesOf(content);
  const choice: QuizChoice = {
    deckIds: [content.decks[0]!.id],
    kinds: ['single', 'truefalse'] as QuestionKind[],
    count: 5,
    secondsPerQuestion: 30,
    language: 'zh',
    seed: 7,
  };
  const quiz = createQuiz(content, choice);
  const pick = pickOpener({ seed: 7, kinds: choice.kinds, deckCount: 1 })!;
  const file = files.get(quiz.settings.deckHashes[0]!)!;

  it('a code of the same content version and rules', () => {
    expect(openerOf(quiz.settings, pick, file)).toEqual(openerView(quiz.questions[0]!));
  });

  it('not one of other content or other rules', () => {
    const other = (change: Partial<typeof quiz.settings>) => {
      const decoded = decodeQuizCode(encodeQuizCode({ ...quiz.settings, ...change }));
      if (!decoded.ok) throw new Error('does not decode');
      return decoded.value;
    };
    expect(openerOf(other({ contentVersion: 2 }), pick, file)).toBeUndefined();
    expect(openerOf(other({ rulesVersion: LATEST_RULES - 1 }), pick, file)).toBeUndefined();
  });

  it('codes of rules before the opener draw no opener', () => {
    expect(follows(LATEST_RULES, 'openerFirst')).toBe(true);
    const older = encodeQuizCode({ ...quiz.settings, rulesVersion: LATEST_RULES - 1 });
    const opened = openQuiz(content, older);
    expect(opened.ok).toBe(true);
    // Drawn as before: the rules decide, not the file.
    expect(opened.ok && opened.value.changes?.differs).toBe(true);
  });
});
