import { generateQuestions, generateQuiz } from '../../lib/questions/generate';
import { growthExponent, nLogNExponent, type Timing, time } from './measure';
import { factCount, syntheticContent } from './synthetic';

/*
 * The question generator on synthetic content of growing size. A quiz is timed twice: the first
 * on a content bundle (which indexes the content and builds what every quiz shares), and the
 * next ones on the same bundle, as a learner taking quiz after quiz meets them. A bank is every
 * question of every deck. Bundles are fresh copies (structuredClone, not timed) so that no run
 * reuses another's work.
 */

export interface GeneratorFigures {
  facts: number;
  decks: number;
  questions: number;
  firstQuiz: Timing;
  nextQuiz: Timing;
  bank: Timing;
}

export interface GeneratorReport {
  sizes: GeneratorFigures[];
  /** Fitted exponent of bank time (CPU) against the number of facts. */
  bankExponent: number;
  /** The same fit for n·log n over the same sizes: the budget. */
  nLogN: number;
}

const QUIZ = 20;

export function benchGenerator(
  sizes: readonly number[],
  log: (line: string) => void = () => {},
): GeneratorReport {
  const figures: GeneratorFigures[] = [];
  for (const n of sizes) {
    log(`  building ${n.toLocaleString('en')} synthetic facts…`);
    const content = syntheticContent(n);
    const big = n >= 100_000;
    const firstQuiz = time(
      big ? 2 : 5,
      () => structuredClone(content),
      (bundle, i) => generateQuiz(bundle, { seed: i + 1, count: QUIZ }),
    );
    const warm = structuredClone(content);
    generateQuiz(warm, { seed: 0, count: QUIZ });
    const nextQuiz = time(
      15,
      () => undefined,
      (_, i) => generateQuiz(warm, { seed: i + 1, count: QUIZ }),
    );
    let questions = 0;
    log(`  timing the whole bank of ${n.toLocaleString('en')} facts…`);
    const bank = time(
      big ? 1 : n >= 10_000 ? 2 : 3,
      () => structuredClone(content),
      (bundle) => {
        questions = generateQuestions(bundle, { seed: 1 }).length;
      },
    );
    figures.push({
      facts: factCount(content),
      decks: content.decks.length,
      questions,
      firstQuiz,
      nextQuiz,
      bank,
    });
  }
  return {
    sizes: figures,
    // CPU time: another process on the machine inflates it far less than wall time.
    bankExponent: growthExponent(figures.map((f) => ({ n: f.facts, ms: f.bank.cpu }))),
    nLogN: nLogNExponent(figures.map((f) => f.facts)),
  };
}
