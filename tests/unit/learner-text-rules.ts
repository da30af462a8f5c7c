import type { ContentBundle } from '../../lib/content/index-content';
import { indexContent } from '../../lib/content/index-content';
import type { Text } from '../../lib/content/schema';
import { flashcards, nameCards } from '../../lib/questions/cards';
import { explainFact, factHeadline } from '../../lib/questions/explain';
import { generateQuestions } from '../../lib/questions/generate';
import type { Question } from '../../lib/questions/models';

/*
 * What an editor would not publish in text a learner reads, as rules over strings, and every
 * such string of a content: questions of each deck, explanations, headlines and cards. Used on
 * content/ (learner-text.test.ts) and on the fixture content of each fact kind (kinds.test.ts).
 */

function questionTexts(q: Question): Text[] {
  const out: Text[] = [q.prompt, q.explanation];
  if ('options' in q) out.push(...q.options.map((o) => o.text));
  if (q.kind === 'match') out.push(...q.left.map((l) => l.text));
  return out;
}

/** Every text of the content a learner may read, for these seeds. */
export function learnerTexts(content: ContentBundle, seeds: readonly number[]): Text[] {
  const index = indexContent(content);
  const texts: Text[] = [];
  for (const deck of content.decks) {
    for (const seed of seeds) {
      for (const q of generateQuestions(content, { seed, deckIds: [deck.id] })) {
        texts.push(...questionTexts(q));
      }
    }
  }
  for (const fact of content.decks.flatMap((d) => d.facts)) {
    texts.push(explainFact(index, fact), factHeadline(index, fact));
  }
  for (const deck of content.decks) {
    const ids = index.deckFacts(deck).map((f) => f.id);
    for (const card of [...flashcards(index, ids), ...nameCards(index, ids)]) {
      texts.push(card.front, card.answer, card.back);
    }
  }
  return texts;
}

export interface TextRule {
  /** What the rule asks, as a test name. */
  name: string;
  /** The strings, of both languages, that break it. */
  defects: (zh: readonly string[], en: readonly string[]) => string[];
}

export const TEXT_RULES: readonly TextRule[] = [
  {
    name: 'carries no fact-check or editorial notes',
    defects: (zh, en) => {
      const note =
        /核查|据原文|原文写成|核实|来源印证|日期据|Part \d|#\d|not yet verified|fact-check|the article|verified/i;
      return [...zh, ...en].filter((s) => note.test(s));
    },
  },
  {
    name: 'names a series once when it lists several of its numbered meetings',
    defects: (zh) =>
      // 金砖国家领导人第十二次会晤、金砖国家领导人第十三次会晤 → 金砖国家领导人第十二次和第十三次会晤
      zh.filter((s) =>
        /([\u4e00-\u9fff]{2,})第[一二三四五六七八九十百]+[次届][^、，。；]*、\1第/u.test(s),
      ),
  },
  {
    name: 'puts a noun after an ordinal blank, as an editor would ("was the ____ congress")',
    defects: (_zh, en) => en.filter((s) => /\bthe ____[.?]$/.test(s)),
  },
  {
    name: 'names the meeting it speaks of, and labels an event with a sentence, not a colon',
    defects: (_zh, en) => en.filter((s) => /\bat the meeting\b(?! of)|: mechanism set up/.test(s)),
  },
  {
    name: 'names a Chinese city without 中国 and a meeting held in person as 线下举行',
    defects: (zh) =>
      zh.filter((s) =>
        /在中国(?![境以])[\u4e00-\u9fff]{2,3}(?:线下)?(?:开幕|举行)|与会者线下参会/u.test(s),
      ),
  },
  {
    name: 'never stacks brackets',
    defects: (zh, en) => [...zh, ...en].filter((s) => /[)）]\s*[(（]/.test(s)),
  },
  {
    name: 'puts English plurals right',
    defects: (_zh, en) => {
      const one = /\b1 (occasions|years|times|meetings|countries|members|days|months|visits)\b/;
      return en.filter((s) => one.test(s));
    },
  },
  {
    name: 'writes a Chinese string in one numeral style for ordinals',
    defects: (zh) =>
      zh.filter((s) => /第[一二三四五六七八九十百]+[次届]/.test(s) && /第\d+[次届]/.test(s)),
  },
  {
    name: 'puts no ASCII punctuation straight after Chinese',
    defects: (zh) => zh.filter((s) => /[\u4e00-\u9fff][:;,?!](?!\d)/.test(s)),
  },
  {
    name: 'writes English as a news agency would: no "in the city of ____", no "right answer"',
    defects: (_zh, en) => {
      const quizzy =
        /\b(?:in|by) the (?:city|country) of\b|\bright answer|\bthe edition of\b|\bCorrect: |\bthe BRICS(?=[.,;)]|$)/i;
      return en.filter((s) => quizzy.test(s));
    },
  },
  {
    name: 'states no sentence twice in a row where one sentence would say it',
    defects: (zh, en) => {
      // "Russia was a founding member of X. Kazakhstan was a founding member of X." repeats all
      // but its subject; an editor writes one sentence. A correction ("In fact, …") is no repeat.
      const sameEnd = (a: string, b: string) => {
        let n = 0;
        while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
        return n >= 0.6 * Math.max(a.length, b.length);
      };
      const repeats = (s: string, split: RegExp) =>
        s.split('\n').some((line) => {
          const sentences = line.split(split).filter((x) => x.trim() !== '');
          return sentences.some((a, i) => {
            const b = sentences[i + 1];
            return b !== undefined && !/^(实际上|In fact)/.test(b) && sameEnd(a, b);
          });
        });
      return [
        ...zh.filter((s) => repeats(s, /(?<=。)/u)),
        ...en.filter((s) => repeats(s, /(?<=\.) /)),
      ];
    },
  },
];
