import { compareDates } from '../content/dates';
import { sourceOfClaim } from '../content/sources';
import { factDate, kindOf } from '../kinds';
import { type ContentBundle, type ContentIndex, indexContent } from '../content/index-content';
import type { Deck, PartialDate, Text } from '../content/schema';
import {
  buildClaims,
  type Claim,
  claimsInDeck,
  timelineEvents,
  type TimelineEvent,
} from './claims';
import { blankAnswer, fillHint } from './blank';
import { claimValueSources, distinctSources } from './cite';
import { contentDifficulty } from './difficulty';
import { isKnownFalse, pickDistractors } from './distractors';
import { madeDraft, QuestionDraft } from './draft';
import { matchPrompt } from './match-prompt';
import { orderLabels, pickOrderable } from './orderable';
import {
  type Option,
  QUESTION_KINDS,
  type OrderQuestion,
  type Question,
  type QuestionKind,
} from './models';
import { createRandom, drawPositions, type Random, shuffled } from './random';
import { follows, LATEST_RULES } from './rules';
import { sameValue, typedForms, type Value, valueKey, valueLabel } from './values';
import { joinEnglish } from './wording';

export interface GenerateOptions {
  /** The same seed and content give the same questions, in the same option order, everywhere. */
  seed: number | string;
  /** Decks to draw questions from; every deck in the content still decides what is true. */
  deckIds?: readonly string[];
  kinds?: readonly QuestionKind[];
  /**
   * The generator rules to draw by (lib/questions/rules.ts): the latest unless a classroom code
   * names older ones, so that a code handed out keeps opening the same quiz.
   */
  rules?: number;
}

const TRUE_FALSE_OPTIONS: Option[] = [
  { id: 'true', text: { zh: '正确', en: 'True' } },
  { id: 'false', text: { zh: '错误', en: 'False' } },
];

const ORDER_PROMPT: Text = {
  zh: '请按时间先后（从早到晚）排列以下事件。',
  en: 'Put these events in order, earliest first.',
};

const optionCache = new WeakMap<ContentIndex, Map<string, Option>>();

/**
 * A value as an answer option: one object per value and content, shared by every question that
 * offers it (a bank of 100,000 facts offers about 8 million options). Questions are data and
 * are never changed, so sharing is safe; it takes 8% off a bank's memory, which is what the
 * garbage collector works through.
 */
function toOption(index: ContentIndex, value: Value): Option {
  let cache = optionCache.get(index);
  if (!cache) optionCache.set(index, (cache = new Map()));
  const id = valueKey(value);
  // A count's key leaves out its unit (5 members, 5 countries), an ordinal's its measure
  // (第十六次 summit, 第十六届 Games); their labels do not, so the shared option must not either.
  const key =
    value.type === 'count'
      ? `${id}|${value.unit}`
      : value.type === 'ordinal'
        ? `${id}|${value.measure ?? '次'}`
        : value.type === 'amount'
          ? `${id}|${value.unit.zh}|${value.unit.en}|${value.en?.unit ?? ''}`
          : id;
  let option = cache.get(key);
  if (!option) {
    option = { id, text: valueLabel(index, value) };
    cache.set(key, option);
  }
  return option;
}

const importanceSeen = new WeakMap<ContentIndex, boolean>();

/** Whether any fact of the content declares its importance (once per index). */
function hasImportance(index: ContentIndex): boolean {
  let seen = importanceSeen.get(index);
  if (seen === undefined) {
    seen = index.facts.some((f) => f.importance !== undefined);
    importanceSeen.set(index, seen);
  }
  return seen;
}

/**
 * A claim's questions of these kinds, as drafts: what decides whether a question exists (enough
 * distractors, a typed form) is worked out here, the rest when it is made.
 */
function claimDrafts(
  index: ContentIndex,
  claim: Claim,
  deck: Deck,
  seed: string,
  kinds: ReadonlySet<QuestionKind>,
  rules: number,
): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const rng = (kind: string): Random => createRandom(`${seed}|${kind}|${claim.id}`);
  // What every question drawn from the claim shares, written out in each question below rather
  // than spread from one object: V8 (Node 20) builds a literal with a spread many times slower,
  // and a quiz builds a few hundred questions to keep 20.
  const deckId = deck.id;
  const factIds = claim.factIds;
  const claimId = claim.id;
  const claims = [claim.id];
  const cite = (values: readonly Value[]) =>
    distinctSources(claimValueSources(index, claim, values));
  const single = claim.values.length === 1;

  if (kinds.has('single') && single && !claim.trueFalseOnly) {
    const random = rng('single');
    const distractors = pickDistractors(index, claim, 3, random, rules);
    const answer = claim.values[0]!;
    if (distractors.length >= 2) {
      const id = `single:${claim.id}`;
      out.push(
        new QuestionDraft(id, 'single', claims, factIds, () => ({
          deckId,
          factIds,
          claimId,
          claims,
          id,
          kind: 'single',
          prompt: claim.ask,
          options: shuffled([answer, ...distractors], random).map((v) => toOption(index, v)),
          answer: valueKey(answer),
          explanation: claim.statement(answer),
          sources: cite([answer]),
          difficulty: contentDifficulty(index, claim.difficulty, [answer], distractors),
        })),
      );
    }
  }

  if (kinds.has('multiple') && !single && claim.askMany) {
    const random = rng('multiple');
    // A few of the true values with a few false ones, so that "all of them" is never a safe guess.
    const keyed = shuffled(claim.values, random).slice(
      0,
      Math.min(claim.values.length, 2 + random.int(3)),
    );
    const distractors = pickDistractors(index, claim, 2 + random.int(2), random, rules);
    const prompt = claim.askMany;
    if (distractors.length >= 2) {
      const id = `multiple:${claim.id}`;
      out.push(
        new QuestionDraft(id, 'multiple', claims, factIds, () => {
          const options = shuffled([...keyed, ...distractors], random);
          return {
            deckId,
            factIds,
            claimId,
            claims,
            id,
            kind: 'multiple',
            prompt,
            options: options.map((v) => toOption(index, v)),
            explanation: stateAll(
              claim,
              options.filter((v) => keyed.includes(v)),
            ),
            sources: cite(options.filter((v) => keyed.includes(v))),
            answer: options.filter((v) => keyed.includes(v)).map(valueKey),
            difficulty: contentDifficulty(index, claim.difficulty, keyed, distractors),
          };
        }),
      );
    }
  }

  if (kinds.has('truefalse') && !claim.noPlausibleFalsehood) {
    const id = `truefalse:${claim.id}`;
    // Every claim has one: nothing is drawn until it is made.
    out.push(
      new QuestionDraft(id, 'truefalse', claims, factIds, () => {
        const random = rng('truefalse');
        const truth = claim.values[random.int(claim.values.length)]!;
        const [falsehood] = pickDistractors(index, claim, 1, random, rules);
        const stateTrue = falsehood === undefined || random.int(2) === 0;
        const stated = stateTrue ? truth : falsehood;
        return {
          deckId,
          factIds,
          claimId,
          claims,
          id,
          kind: 'truefalse',
          prompt: claim.statement(stated),
          options: TRUE_FALSE_OPTIONS,
          explanation: stateTrue ? explainTrue(claim, stated) : explainFalse(index, claim),
          // A false statement is explained by what is true instead: those values' sources.
          sources: cite(stateTrue ? [stated] : claim.values),
          answer: stateTrue,
          statedValue: valueKey(stated),
          difficulty: contentDifficulty(
            index,
            claim.difficulty,
            [truth],
            stateTrue ? [] : [stated],
          ),
        };
      }),
    );
  }

  const blank = claim.blank;
  if (kinds.has('fill') && single && blank) {
    const answer = claim.values[0]!;
    const forms = typedForms(index, answer, claimDate(index, claim));
    if (forms) {
      const id = `fill:${claim.id}`;
      out.push(
        new QuestionDraft(id, 'fill', claims, factIds, () => {
          const { display, alsoAccepted } = blankAnswer(answer, valueLabel(index, answer), blank);
          return {
            deckId,
            factIds,
            claimId,
            claims,
            id,
            kind: 'fill',
            prompt: blank,
            answer: {
              display,
              accepted: [...new Set([...forms.accepted, ...alsoAccepted])],
              numeric: forms.numeric,
              hint: fillHint(answer),
            },
            explanation: claim.statement(answer),
            sources: cite([answer]),
            difficulty: contentDifficulty(index, claim.difficulty, [answer], []),
          };
        }),
      );
    }
  }
  return out;
}

/** The date of what a claim is about, where its facts have one date (for names of a time). */
function claimDate(index: ContentIndex, claim: Claim): PartialDate | undefined {
  const dates = new Set(claim.factIds.map((id) => factDate(index.fact(id))));
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** Sentences one after another: no space between Chinese ones, one space between English ones. */
function joinSentences(parts: readonly Text[]): Text {
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

const VERDICT = {
  true: { zh: '这一说法正确。', en: 'This is true.' },
  false: { zh: '这一说法错误。', en: 'This is false.' },
} as const;

function explainTrue(claim: Claim, stated: Value): Text {
  return joinSentences([VERDICT.true, claim.statement(stated)]);
}

/** What is true of several values: one sentence where the claim has one, else one a value. */
function stateAll(claim: Claim, values: readonly Value[]): Text {
  return values.length > 1 && claim.statementMany
    ? claim.statementMany(values)
    : joinSentences(values.map(claim.statement));
}

/** Why a false statement is false: what is true instead (a list when many values are true). */
function explainFalse(index: ContentIndex, claim: Claim): Text {
  if (claim.values.length <= 3 || claim.statementMany)
    return joinSentences([VERDICT.false, stateAll(claim, claim.values)]);
  if (claim.values.length <= 3)
    return joinSentences([VERDICT.false, ...claim.values.map(claim.statement)]);
  const labels = claim.values.map((v) => valueLabel(index, v));
  return joinSentences([
    VERDICT.false,
    {
      zh: `${claim.askMany?.zh.replace(/（多选）$/, '') ?? claim.ask.zh}答案是${labels.map((l) => l.zh).join('、')}。`,
      en: `${claim.askMany?.en.replace(/ \(Select all that apply\.\)$/, '') ?? claim.ask.en} ${joinEnglish(labels.map((l) => l.en))}.`,
    },
  ]);
}

/** The claim of an event's date, which placing it reviews. */
function eventClaim(e: TimelineEvent): string {
  return e.claim ?? `${e.factId}/date`;
}

/**
 * What an ordering question asks: which of each two events came first. Two ordering questions
 * may share one event, not two; a question on an event's date is kept apart from an ordering
 * question on it by pickQuiz's spreading of facts.
 */
function orderClaims(factIds: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < factIds.length; i++) {
    for (let j = i + 1; j < factIds.length; j++) {
      out.push(`before:${[factIds[i], factIds[j]].sort().join('|')}`);
    }
  }
  return out;
}

/** A deck's ordering questions; with `limit`, only the first ones (the same as the bank's first). */
/**
 * An ordering question on these events, shown in the order given: the bank's, and the timeline
 * game's rounds asked again from the mistakes notebook.
 */
export function orderQuestion(
  index: ContentIndex,
  deckId: string,
  events: readonly TimelineEvent[],
  shown: readonly TimelineEvent[],
  { id, claimId }: { id: string; claimId: string },
): OrderQuestion {
  const chronological = [...events].sort((a, b) => compareDates(a.date, b.date));
  const shownLabel = orderLabels(events);
  // After the answer, every event is named in full: the order is no secret any more.
  const fullLabel = (e: TimelineEvent) => e.named ?? e.label;
  return {
    id,
    deckId,
    kind: 'order',
    prompt: ORDER_PROMPT,
    options: shown.map((e) => ({ id: e.id ?? e.factId, text: shownLabel(e) })),
    answer: chronological.map((e) => e.id ?? e.factId),
    // One dated event a line, earliest first.
    explanation: {
      zh: chronological.map((e) => `${formatShort(index, e).zh}　${fullLabel(e).zh}`).join('\n'),
      en: chronological.map((e) => `${formatShort(index, e).en}: ${fullLabel(e).en}`).join('\n'),
    },
    sources: distinctSources(
      chronological.map((e) => sourceOfClaim(index.fact(e.factId), eventClaim(e))),
    ),
    factIds: [...new Set(chronological.map((e) => e.factId))],
    claimId,
    claims: orderClaims(chronological.map((e) => e.id ?? e.factId)),
    eventClaims: chronological.map(eventClaim),
    difficulty: 3,
  };
}

function orderQuestions(
  index: ContentIndex,
  deck: Deck,
  seed: string,
  limit = Infinity,
): Question[] {
  const events = timelineEvents(index, index.deckFacts(deck));
  const count = Math.max(1, Math.floor(events.length / 3));
  const out: Question[] = [];
  const seen = new Set<string>();
  // Each question takes events no earlier one took while there are enough, then events of which
  // no two were asked together before: a round asks no claim twice, and an ordering question asks
  // which of each two events came first. So any of a deck's ordering questions can share a round.
  const used = new Set<string>();
  const pairs = new Set<string>();
  for (let k = 0; k < count && out.length < limit; k++) {
    const random = createRandom(`${seed}|order|${deck.id}|${k}`);
    const fresh = events.filter((e) => !used.has(e.factId));
    let picked =
      fresh.length >= 3 ? pickOrderable(fresh, Math.min(4, fresh.length), random) : undefined;
    for (let attempt = 0; !picked && attempt < 10; attempt++) {
      const some = pickOrderable(events, Math.min(4, events.length), random);
      if (some && !orderClaims(some.map((e) => e.factId)).some((p) => pairs.has(p))) picked = some;
    }
    if (!picked || picked.length < 3) break;
    const key = picked
      .map((e) => e.factId)
      .sort()
      .join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const e of picked) used.add(e.factId);
    for (const p of orderClaims(picked.map((e) => e.factId))) pairs.add(p);
    out.push(
      orderQuestion(index, deck.id, picked, shuffled(picked, random), {
        id: `order:${deck.id}:${k}`,
        claimId: `order:${key}`,
      }),
    );
  }
  for (const q of stepOrderQuestions(index, deck, seed)) {
    if (out.length >= limit) break;
    out.push(q);
  }
  return out;
}

/**
 * Ordering questions within one fact, from its kind's dated steps (a mission's launch, docking
 * and return): one per fact with three steps whose dates and labels tell them apart.
 */
function stepOrderQuestions(index: ContentIndex, deck: Deck, seed: string): Question[] {
  return index.deckFacts(deck).flatMap((fact) => {
    const steps = kindOf(fact).steps?.(index, fact) ?? [];
    if (steps.length < 3) return [];
    const random = createRandom(`${seed}|order-steps|${deck.id}|${fact.id}`);
    const events: TimelineEvent[] = steps.map((s) => ({ factId: fact.id, ...s }));
    const picked = pickOrderable(events, Math.min(4, events.length), random);
    if (!picked) return [];
    return [
      orderQuestion(index, deck.id, picked, shuffled(picked, random), {
        id: `order:${deck.id}:${fact.id}`,
        claimId: `order:${fact.id}:steps`,
      }),
    ];
  });
}

const STATEMENTS_PROMPT: Text = {
  zh: '下列说法中，正确的有哪些？（多选）',
  en: 'Which of these statements are true? (Select all that apply.)',
};

/** Option ids of statement questions: the claim and the value the statement asserts. */
export function statementOptionId(claim: Claim, value: Value): string {
  return `${claim.id}=${valueKey(value)}`;
}

/** 下列说法正确的是: four statements about different facts, some true and some false. */
function statementQuestions(
  index: ContentIndex,
  deckClaims: readonly Claim[],
  deck: Deck,
  seed: string,
  rules: number,
  limit = Infinity,
): Question[] {
  // A claim that could only be stated true is no statement to judge (rules 7).
  const claims = deckClaims.filter((c) => !c.noPlausibleFalsehood);
  const count = Math.floor(claims.length / 8);
  const out: Question[] = [];
  const asked = new Set<string>();
  for (let k = 0; k < count && out.length < limit; k++) {
    const random = createRandom(`${seed}|statements|${deck.id}|${k}`);
    const picked: Claim[] = [];
    for (const c of shuffled(claims, random)) {
      if (picked.length === 4) break;
      // A claim one statement question asked is not asked by another: they may share a round.
      if (asked.has(c.id)) continue;
      if (picked.some((p) => p.factIds[0] === c.factIds[0])) continue;
      picked.push(c);
    }
    if (picked.length < 4) continue;
    // At least one false statement, so "all" is never a safe guess, and (as a 多选题 has in an
    // exam) at least two true ones; by rules 1 and 2, one to three were true.
    const truths = follows(rules, 'statementsTwoTrue') ? 2 + random.int(2) : 1 + random.int(3);
    const stated: { claim: Claim; value: Value; true: boolean }[] = [];
    picked.forEach((claim, i) => {
      const wantTrue = i < truths;
      const [falsehood] = wantTrue ? [] : pickDistractors(index, claim, 1, random, rules);
      const value = falsehood ?? claim.values[random.int(claim.values.length)]!;
      stated.push({ claim, value, true: falsehood === undefined });
    });
    if (!stated.some((s) => s.true) || stated.every((s) => s.true)) continue;
    // Two claims can word a statement alike (Iran "admitted at the 2017 Astana summit" comes both
    // from the 2017 joiners and from Iran's summit); a learner must never see one sentence twice.
    const texts = stated.map((s) => s.claim.statement(s.value));
    if (
      new Set(texts.map((x) => x.zh)).size < texts.length ||
      new Set(texts.map((x) => x.en)).size < texts.length
    )
      continue;
    const shown = shuffled(stated, random);
    for (const p of picked) asked.add(p.id);
    out.push({
      id: `multiple:${deck.id}:statements:${k}`,
      deckId: deck.id,
      kind: 'multiple',
      prompt: STATEMENTS_PROMPT,
      options: shown.map((s) => ({
        id: statementOptionId(s.claim, s.value),
        text: s.claim.statement(s.value),
      })),
      answer: shown.filter((s) => s.true).map((s) => statementOptionId(s.claim, s.value)),
      // Every statement with its verdict, a line each; a false one with what is true instead.
      explanation: {
        zh: shown
          .map((s) =>
            s.true
              ? `✓ ${s.claim.statement(s.value).zh}`
              : `✗ ${s.claim.statement(s.value).zh}实际上，${trueInstead(s.claim).zh}`,
          )
          .join('\n'),
        en: shown
          .map((s) =>
            s.true
              ? `✓ ${s.claim.statement(s.value).en}`
              : `✗ ${s.claim.statement(s.value).en} In fact, ${midSentence(trueInstead(s.claim).en)}`,
          )
          .join('\n'),
      },
      sources: distinctSources(
        shown.flatMap((s) =>
          claimValueSources(index, s.claim, s.true ? [s.value] : s.claim.values.slice(0, 3)),
        ),
      ),
      factIds: [...new Set(shown.flatMap((s) => s.claim.factIds))],
      claimId: `statements:${shown.map((s) => s.claim.id).join(',')}`,
      claims: shown.map((s) => s.claim.id),
      difficulty: 3,
    });
  }
  return out;
}

/** What is true instead of a false statement: every value in one sentence, or the first three. */
function trueInstead(claim: Claim): Text {
  return claim.statementMany
    ? stateAll(claim, claim.values)
    : stateAll(claim, claim.values.slice(0, 3));
}

/** A sentence continued after "In fact,": its leading article in lower case, names as they are. */
/**
 * A sentence put after "In fact,": its first word lower-cased when it is a function word ("after
 * Iran joined"), never when it is a name ("Xi Jinping", "Astana").
 */
function midSentence(text: string): string {
  return text.replace(
    /^(The|A|An|On|In|At|After|Before|During|By|From|With|Since|Until|For|Under|Between|Among|It|Its|This|These|There|When|While|As) /,
    (word) => word.toLowerCase(),
  );
}

function formatShort(index: ContentIndex, e: TimelineEvent): Text {
  return valueLabel(index, { type: 'date', date: e.date });
}

function distinctValues(claims: readonly Claim[]): boolean {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (sameValue(a.values[0]!, b.values[0]!)) return false;
      // Each subject must be false for every other subject's value, or two pairings would be right.
      if (!isKnownFalse(a, b.values[0]!) || !isKnownFalse(b, a.values[0]!)) return false;
      if (a.subjectLabel.zh === b.subjectLabel.zh || a.subjectLabel.en === b.subjectLabel.en)
        return false;
    }
  }
  return true;
}

function matchQuestions(
  index: ContentIndex,
  claims: readonly Claim[],
  deck: Deck,
  seed: string,
  limit = Infinity,
): Question[] {
  const families = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.matchFamily || c.values.length !== 1) continue;
    const family = families.get(c.matchFamily);
    if (family) family.push(c);
    else families.set(c.matchFamily, [c]);
  }
  const out: Question[] = [];
  // A claim one match question asked is not asked by another: they may share a round.
  const matched = new Set<string>();
  for (const [family, members] of families) {
    if (members.length < 3) continue;
    const count = Math.max(1, Math.floor(members.length / 4));
    for (let k = 0; k < count && out.length < limit; k++) {
      const random = createRandom(`${seed}|match|${deck.id}|${family}|${k}`);
      let picked: Claim[] = [];
      for (
        let attempt = 0;
        attempt < 40 && picked.length < Math.min(4, members.length);
        attempt++
      ) {
        picked = [];
        for (const c of shuffled(members, random)) {
          if (picked.length === 4) break;
          if (matched.has(c.id)) continue;
          if (distinctValues([...picked, c])) picked.push(c);
        }
      }
      if (picked.length < 3) continue;
      for (const c of picked) matched.add(c.id);
      const left = picked.map((c, i) => ({ id: `item-${i + 1}`, text: c.subjectLabel }));
      const inOrder = picked.map((c) => toOption(index, c.values[0]!));
      let options = shuffled(inOrder, random);
      // Never in the items' own order (1-A, 2-B, 3-C): that would show the answer with the
      // question. Turned by one instead of shuffled again, so the draws that follow are the same.
      if (options.every((o, i) => o.id === inOrder[i]!.id))
        options = [...options.slice(1), options[0]!];
      const answer = Object.fromEntries(
        picked.map((c, i) => [`item-${i + 1}`, valueKey(c.values[0]!)]),
      );
      // One pair a line, as a sentence.
      const explanation = {
        zh: picked.map((c) => c.statement(c.values[0]!).zh).join('\n'),
        en: picked.map((c) => c.statement(c.values[0]!).en).join('\n'),
      };
      out.push({
        id: `match:${deck.id}:${family}:${k}`,
        deckId: deck.id,
        kind: 'match',
        prompt: matchPrompt(index, picked),
        left,
        options,
        answer,
        explanation,
        sources: distinctSources(
          picked.flatMap((c) => claimValueSources(index, c, [c.values[0]!])),
        ),
        factIds: picked.flatMap((c) => c.factIds),
        claimId: `match:${picked.map((c) => c.id).join(',')}`,
        claims: picked.map((c) => c.id),
        difficulty: 3,
      });
    }
  }
  return out;
}

const indexes = new WeakMap<ContentBundle, ContentIndex>();

/**
 * One index per content bundle, and with it every lookup, claim and timeline derived from it:
 * content is never changed in place, so a second quiz on the same content reuses the work of
 * the first. Output never depends on it: a fresh bundle gives the same questions.
 */
function indexOf(content: ContentBundle): ContentIndex {
  let index = indexes.get(content);
  if (!index) {
    index = indexContent(content);
    indexes.set(content, index);
  }
  return index;
}

function chosenDecks(
  index: ContentIndex,
  content: ContentBundle,
  deckIds: readonly string[] | undefined,
): readonly Deck[] {
  return deckIds
    ? deckIds.map((id) => {
        const deck = index.deck(id);
        if (!deck) throw new Error(`Unknown deck "${id}"`);
        return deck;
      })
    : content.decks;
}

/**
 * The question bank of the chosen decks: every question the facts support, each kind where
 * the fact allows it. Pure and deterministic: the same content and seed give the same bank.
 */
export function generateQuestions(content: ContentBundle, options: GenerateOptions): Question[] {
  const index = indexOf(content);
  const seed = String(options.seed);
  const kinds = new Set(options.kinds ?? QUESTION_KINDS);
  const decks = chosenDecks(index, content, options.deckIds);
  const rules = options.rules ?? LATEST_RULES;
  const questions: Question[] = [];
  const seen = new Set<string>();
  for (const deck of decks) {
    const factIds = new Set(index.deckFacts(deck).map((f) => f.id));
    const claims = buildClaims(index, factIds, rules);
    const deckQuestions = [
      ...claims.flatMap((claim) =>
        claimDrafts(index, claim, deck, seed, kinds, rules).map((d) => d.make()),
      ),
      ...(kinds.has('order') ? orderQuestions(index, deck, seed) : []),
      ...(kinds.has('match') ? matchQuestions(index, claims, deck, seed) : []),
      ...(kinds.has('multiple') ? statementQuestions(index, claims, deck, seed, rules) : []),
    ];
    for (const q of deckQuestions) {
      // A fact shared by two decks gives one question, under the first deck asked for.
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      questions.push(q);
    }
  }
  return questions;
}

export interface QuizOptions extends GenerateOptions {
  count: number;
}

/** Kinds asked of one claim; the others (order, match, statements) are drawn from a whole deck. */
const CLAIM_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'truefalse', 'fill'];

/**
 * A quiz of `count` questions, built without building the whole bank: facts are drawn at random
 * (seeded) from the chosen decks and only their questions are made, with the deck-wide kinds
 * (order, match, statements) from the first deck drawn, until every kind has its share; a quiz
 * that comes out short is topped up from every chosen deck. Then pickQuiz chooses as it does
 * from a bank: kinds in turn, never two questions on one claim. The facts' questions are drafts
 * until then (lib/questions/draft.ts): only the ones chosen are written out.
 * The same content and seed give the same quiz; every question in it is the question of the
 * same id in that deck's bank (generateQuestions with the same seed and `deckIds: [deckId]`).
 */
export function generateQuiz(content: ContentBundle, options: QuizOptions): Question[] {
  const steps = quizSteps(content, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * generateQuiz one small step at a time: it yields after each fact it draws on and after each
 * round of whole-deck questions, and returns the quiz. A browser runs the steps between frames
 * (lib/questions/sliced.ts), so a slow phone draws a quiz without freezing the page.
 */
export function* quizSteps(
  content: ContentBundle,
  options: QuizOptions,
): Generator<void, Question[], void> {
  const index = indexOf(content);
  yield;
  const seed = String(options.seed);
  const kinds = new Set(options.kinds ?? QUESTION_KINDS);
  const decks = chosenDecks(index, content, options.deckIds);
  const rules = options.rules ?? LATEST_RULES;
  // Questions of each kind on more facts than the quiz has questions: one fact drawn gives
  // questions of every kind, so with fewer (a kind's share of the count, as before) every kind
  // had the same three facts, and a round of ten asked three claims of one fact, each
  // explanation answering the next. pickQuiz spreads the facts.
  const share = 2 * options.count + 1;
  // Whole-deck questions (order, match, statements): only as many as the quiz can use.
  const wholeShare = Math.ceil(options.count / Math.max(1, kinds.size)) + 1;
  const pool: QuestionDraft[] = [];
  const ids = new Set<string>();
  // Questions in the pool that share no claim with each other (greedily, in the order added): a
  // round asks no claim twice, so this is about how many questions the pool can give.
  const covered = new Set<string>();
  let independent = 0;
  const factsOfKind = new Map<QuestionKind, Set<string>>();
  const add = (q: QuestionDraft) => {
    if (ids.has(q.id)) return;
    ids.add(q.id);
    if (!q.claims.some((c) => covered.has(c))) {
      independent++;
      for (const c of q.claims) covered.add(c);
    }
    pool.push(q);
    const facts = factsOfKind.get(q.kind) ?? new Set<string>();
    for (const f of q.factIds) facts.add(f);
    factsOfKind.set(q.kind, facts);
  };
  const short = (kind: QuestionKind) =>
    kinds.has(kind) && (factsOfKind.get(kind)?.size ?? 0) < share;

  // Each fact takes as many places in the draw as its importance: an important fact comes up
  // sooner. Content without importance draws as it always did, with no list built.
  const weighted = hasImportance(index);
  const places = weighted
    ? decks.map((d) =>
        [...d.facts.map((f) => f.id), ...d.includes].flatMap((id) =>
          Array<string>(index.findFact(id)?.importance ?? 1).fill(id),
        ),
      )
    : undefined;
  const slots = places
    ? places.map((p) => p.length)
    : decks.map((d) => d.facts.length + d.includes.length);
  const placeAt = (d: number, at: number): string => {
    if (places) return places[d]![at] ?? '';
    const deck = decks[d]!;
    return deck.facts[at]?.id ?? deck.includes[at - deck.facts.length] ?? '';
  };
  const deckFactIds = new Map<Deck, Set<string>>();
  const factIdsOf = (deck: Deck) => {
    let set = deckFactIds.get(deck);
    if (!set) {
      set = new Set(index.deckFacts(deck).map((f) => f.id));
      deckFactIds.set(deck, set);
    }
    return set;
  };
  let firstDeck: Deck | undefined;
  /** Draws the decks' facts in a seeded order, adding their questions of the kinds wanted. */
  function* drawFacts(stream: string, wantedNow: () => Set<QuestionKind>) {
    const next = drawPositions(
      slots.reduce((sum, n) => sum + n, 0),
      createRandom(`${seed}|${stream}`),
    );
    const drawn = new Set<string>();
    for (let slot = next(); slot !== undefined; slot = next()) {
      let at = slot;
      let d = 0;
      while (at >= slots[d]!) at -= slots[d++]!;
      const deck = decks[d]!;
      const fact = index.findFact(placeAt(d, at));
      if (!fact || drawn.has(`${d}|${fact.id}`)) continue;
      drawn.add(`${d}|${fact.id}`);
      // The whole-deck questions come from the first fact's deck, also when the quiz asks for
      // whole-deck kinds alone (an order-only quiz came out empty when this was set after the
      // check below).
      firstDeck ??= deck;
      const wanted = wantedNow();
      if (wanted.size === 0) return;
      const claims = claimsInDeck(index, fact, factIdsOf(deck), rules);
      yield;
      for (const claim of claims) {
        claimDrafts(index, claim, deck, seed, wanted, rules).forEach(add);
        yield;
      }
    }
  }
  /** A deck's whole-deck questions of the kinds `wanted` says; with `limit`, the bank's first. */
  function* wholeDeck(deck: Deck, wanted: (kind: QuestionKind) => boolean, limit?: number) {
    if (wanted('order')) orderQuestions(index, deck, seed, limit).map(madeDraft).forEach(add);
    yield;
    if (wanted('match') || wanted('multiple')) {
      const claims = buildClaims(index, factIdsOf(deck), rules);
      yield;
      if (wanted('match'))
        matchQuestions(index, claims, deck, seed, limit).map(madeDraft).forEach(add);
      yield;
      if (wanted('multiple'))
        statementQuestions(index, claims, deck, seed, rules, limit).map(madeDraft).forEach(add);
      yield;
    }
  }
  yield* drawFacts('quiz-draw', () => new Set(CLAIM_KINDS.filter(short)));
  // Only as many as the quiz can use: the first ones, which are the bank's first ones too.
  if (firstDeck) yield* wholeDeck(firstDeck, short, wholeShare);
  // A quiz asks one question per claim, so a pool with fewer claims than questions would come out
  // short: when most facts were drawn for one short kind, draw them again for every kind. A pool
  // that was big enough is never touched here, so its quiz is the same as before this step.
  const claimKinds = CLAIM_KINDS.filter((k) => kinds.has(k));
  const fewClaims = () => independent < options.count;
  if (fewClaims())
    yield* drawFacts('quiz-fill', () => (fewClaims() ? new Set(claimKinds) : new Set()));
  // A question weighs as much as the most important fact it asks about.
  const weightOf = weighted
    ? (q: QuestionDraft) => Math.max(...q.factIds.map((id) => index.findFact(id)?.importance ?? 1))
    : undefined;
  // Only the questions kept are made.
  const quiz = pickQuiz(pool, options.count, options.seed, weightOf);
  if (quiz.length === options.count) return quiz.map((d) => d.make());
  // Still short: a quiz of few kinds (multiple-select alone, say) stops at each kind's share and
  // takes the whole-deck questions from the first deck only, so it gave 5 questions of the 10
  // asked where the decks had more. Top up with the whole-deck questions of every chosen deck,
  // in a seeded order, then every fact again, until the round can be filled (a greedy count of
  // claims is not enough here: pickQuiz takes kinds in turn). Only a quiz that came out short
  // changes, and this runs on small pools only.
  const shortRound = () =>
    pickQuiz(pool, options.count, options.seed, weightOf).length < options.count;
  for (const deck of shuffled(decks, createRandom(`${seed}|quiz-top-up`))) {
    if (!shortRound()) break;
    yield* wholeDeck(deck, (kind) => kinds.has(kind));
  }
  if (shortRound())
    yield* drawFacts('quiz-top-up', () => (shortRound() ? new Set(claimKinds) : new Set()));
  return pickQuiz(pool, options.count, options.seed, weightOf).map((d) => d.make());
}

/**
 * Chooses `count` questions from a bank: kinds in turn, never a claim asked twice (a match,
 * order or statement question asks each of its claims), and
 * the facts spread out. A fact is asked about a second time only when no kind still has a
 * question on a fact not yet asked about, a third time only after that, and so on: a round of
 * ten is not six questions on one meeting. `first`, when given, is the round's first question,
 * chosen beforehand (a classroom quiz's opener, lib/classroom/opener.ts): its claims count as
 * asked and its facts as asked about once.
 */
export function pickQuiz<Q extends Pick<Question, 'id' | 'kind' | 'claims' | 'factIds'>>(
  bank: readonly Q[],
  count: number,
  seed: number | string,
  weightOf?: (question: Q) => number,
  first?: Q,
): Q[] {
  const random = createRandom(`${seed}|quiz`);
  const byKind = new Map<QuestionKind, Q[]>();
  // By id first, so that the same questions give the same round in whatever order they come.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let order = shuffled(sorted, random);
  // Important facts' questions come first more often: a weighted random order (each question's
  // key is u^(1/weight), largest first). Without weights the order is the shuffle's.
  const weights = weightOf ? order.map(weightOf) : [];
  if (weights.some((w) => w !== 1)) {
    const keys = weights.map((w) => ((random.nextUint32() + 0.5) / 2 ** 32) ** (1 / w));
    order = order
      .map((q, i) => ({ q, key: keys[i]! }))
      .sort((a, b) => b.key - a.key)
      .map((e) => e.q);
  }
  for (const q of order) {
    const queue = byKind.get(q.kind);
    if (queue) queue.push(q);
    else byKind.set(q.kind, [q]);
  }
  // Where each kind's queue has got to: a pointer, not shift(), which is linear in a big bank.
  // Questions passed over because their facts were used up wait, in order, for a later level.
  const next = new Map<QuestionKind, number>();
  const waiting = new Map<QuestionKind, Q[]>();
  const kinds = shuffled(
    QUESTION_KINDS.filter((k) => byKind.has(k)),
    random,
  );
  const picked: Q[] = first && count > 0 ? [first] : [];
  const usedClaims = new Set<string>(first?.claims);
  const factUses = new Map<string, number>(first?.factIds.map((f) => [f, 1]));
  // A match, order or statement question asks several claims: none of them may have been asked.
  const asked = (q: Q) => q.claims.some((c) => usedClaims.has(c));
  const fits = (q: Q, limit: number) => q.factIds.every((f) => (factUses.get(f) ?? 0) < limit);

  /** The next question of a kind that may be asked at this level, or undefined. */
  const take = (kind: QuestionKind, limit: number): Q | undefined => {
    let held = waiting.get(kind);
    if (!held) waiting.set(kind, (held = []));
    const at = held.findIndex((q) => fits(q, limit));
    if (at >= 0) return held.splice(at, 1)[0];
    const queue = byKind.get(kind) ?? [];
    for (let i = next.get(kind) ?? 0; i < queue.length; i++) {
      const q = queue[i]!;
      next.set(kind, i + 1);
      if (asked(q)) continue;
      if (fits(q, limit)) return q;
      held.push(q);
    }
    return undefined;
  };

  const left = () =>
    kinds.some(
      (k) => (waiting.get(k)?.length ?? 0) > 0 || (next.get(k) ?? 0) < (byKind.get(k)?.length ?? 0),
    );
  for (let limit = 1; picked.length < count && left(); limit++) {
    for (let progress = true; progress && picked.length < count;) {
      progress = false;
      for (const kind of kinds) {
        if (picked.length >= count) break;
        const q = take(kind, limit);
        if (!q) continue;
        // A claim already asked (a question waiting from before) is dropped here.
        if (asked(q)) {
          progress = true;
          continue;
        }
        for (const c of q.claims) usedClaims.add(c);
        for (const f of q.factIds) factUses.set(f, (factUses.get(f) ?? 0) + 1);
        picked.push(q);
        progress = true;
      }
    }
  }
  return picked;
}
