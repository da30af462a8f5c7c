import { describe, expect, it } from 'vitest';
import { type CompactAnswer, compactAnswer, isCorrect, responseOf } from '@/lib/classroom/answers';
import { BOM, classCsv, csvField, toCsv } from '@/lib/classroom/csv';
import { codeFromInput } from '@/lib/classroom/links';
import { createQuiz, deckHash, openQuiz, type ClassroomQuiz } from '@/lib/classroom/quiz';
import { encodeQuizCode } from '@/lib/classroom/quiz-code';
import { encodeResultCode } from '@/lib/classroom/result-code';
import { encodeResultCodeV1, quizHashOf } from '@/lib/classroom/result-code-v1';
import {
  formatDuration,
  rowFlags,
  gradeResult,
  mergeCodeText,
  splitCodes,
  summarizeClass,
} from '@/lib/classroom/results';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { generateQuestions } from '@/lib/questions/generate';
import { QUESTION_KINDS, type Question, type Response } from '@/lib/questions/models';

const content = loadContent(FIXTURE_ROOT);
const ALL_DECKS = content.decks.map((d) => d.id);

function quizOf(overrides: Partial<Parameters<typeof createQuiz>[1]> = {}): ClassroomQuiz {
  return createQuiz(content, {
    deckIds: ALL_DECKS,
    kinds: [...QUESTION_KINDS],
    count: 10,
    secondsPerQuestion: 30,
    language: 'zh',
    seed: 4242,
    ...overrides,
  });
}

function rightResponse(q: Question): Response {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: q.answer };
    case 'multiple':
      return { kind: 'multiple', optionIds: q.answer };
    case 'truefalse':
      return { kind: 'truefalse', value: q.answer };
    case 'fill':
      return { kind: 'fill', text: q.answer.accepted[0]! };
    case 'order':
      return { kind: 'order', optionIds: q.answer };
    case 'match':
      return { kind: 'match', pairs: q.answer };
  }
}

function resultCode(
  quiz: ClassroomQuiz,
  nickname: string,
  answers: CompactAnswer[],
  seconds = 90,
  attempt?: number,
) {
  return encodeResultCode(quiz, { nickname, seconds, answers, ...(attempt ? { attempt } : {}) });
}

describe('classroom quizzes from codes', () => {
  it('give every device the same questions in the same option order', () => {
    const quiz = quizOf();
    const opened = openQuiz(content, quiz.code);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.questions).toEqual(quiz.questions);
    expect(quiz.questions).toHaveLength(10);
  });

  it('give every deck of the content its own hash', () => {
    const hashes = ALL_DECKS.map(deckHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('name a code whose deck this device lacks as an unknown deck', () => {
    const quiz = quizOf();
    const code = encodeQuizCode({
      ...quiz.settings,
      deckHashes: [(deckHash(ALL_DECKS[0]!) + 1) % 32768],
    });
    expect(openQuiz(content, code)).toEqual({
      ok: false,
      // No content version names the deck: nothing says it was there and deleted.
      problem: { kind: 'unknown-deck', missing: 1, removed: [] },
    });
  });

  it('open with a notice when this device draws other questions than the teacher’s did', () => {
    const quiz = quizOf();
    const changed = {
      ...content,
      decks: content.decks.map((d) => ({ ...d, facts: d.facts.slice(1) })),
    };
    const opened = openQuiz(changed, quiz.code);
    expect(opened.ok && opened.value.changes).toEqual({ editedQuestions: [], differs: true });
  });

  it('keep the language, the timer and the kinds chosen', () => {
    const quiz = quizOf({ kinds: ['truefalse'], language: 'both', secondsPerQuestion: 0 });
    const opened = openQuiz(content, quiz.code);
    expect(opened.ok && opened.value.language).toBe('both');
    expect(opened.ok && opened.value.secondsPerQuestion).toBe(0);
    expect(opened.ok && opened.value.questions.every((q) => q.kind === 'truefalse')).toBe(true);
  });
});

describe('compact answers', () => {
  const bank = generateQuestions(content, { seed: 9 });

  it('keep the right answer right and a wrong one wrong, for every question of a bank', () => {
    for (const q of bank) {
      const right = compactAnswer(q, rightResponse(q));
      expect(isCorrect(q, right), q.id).toBe(true);
      expect(isCorrect(q, { type: 'none' }), q.id).toBe(false);
    }
  });

  it('turn back into the response they came from', () => {
    for (const q of bank.filter((x) => x.kind !== 'fill')) {
      const response = rightResponse(q);
      expect(responseOf(q, compactAnswer(q, response)), q.id).toEqual(response);
    }
  });

  it('keep a wrong typed answer as typed, trimmed, and a right one as the accepted form', () => {
    const fill = bank.find(
      (q): q is Extract<Question, { kind: 'fill' }> =>
        // A name: a number's forms (6, 6个) all match its first by value.
        q.kind === 'fill' && !q.answer.numeric && q.answer.accepted.length > 1,
    )!;
    expect(compactAnswer(fill, { kind: 'fill', text: '  不知道 ' })).toEqual({
      type: 'text',
      text: '不知道',
    });
    expect(compactAnswer(fill, { kind: 'fill', text: ` ${fill.answer.accepted[1]} ` })).toEqual({
      type: 'accepted',
      index: 1,
    });
  });

  it('count a choice past the last option as not fitting, so it is never right', () => {
    const single = bank.find((q) => q.kind === 'single')!;
    expect(responseOf(single, { type: 'choice', index: 14 })).toBeNull();
    expect(isCorrect(single, { type: 'order', order: [0, 1] })).toBe(false);
  });
});

describe('class results', () => {
  const quiz = quizOf();
  const right = quiz.questions.map((q) => compactAnswer(q, rightResponse(q)));
  const firstChoice = quiz.questions.findIndex((q) => q.kind === 'single');
  const single = quiz.questions[firstChoice] as Extract<Question, { kind: 'single' }>;
  const keyed = single.options.findIndex((o) => o.id === single.answer);
  const wrong1 = (keyed + 1) % single.options.length;
  const wrong2 = (keyed + 2) % single.options.length;
  const withChoice = (index: number) =>
    right.map((a, i): CompactAnswer => (i === firstChoice ? { type: 'choice', index } : a));
  const none = right.map((a, i): CompactAnswer => (i === 0 ? { type: 'none' } : a));

  const codes = {
    perfect: resultCode(quiz, '小明', right, 120),
    wrongA: resultCode(quiz, 'Ann, "A+"', withChoice(wrong1), 200),
    wrongB: resultCode(quiz, 'Bo', withChoice(wrong1), 75),
    wrongC: resultCode(quiz, '', withChoice(wrong2), 60),
    skipped: resultCode(quiz, '小明', none, 30),
  };

  it('score each student and keep the order the codes were pasted in', () => {
    const summary = summarizeClass(quiz, Object.values(codes).join('\n'));
    expect(summary.rows.map((r) => [r.nickname, r.score, r.seconds])).toEqual([
      ['小明', 10, 120],
      ['Ann, "A+"', 9, 200],
      ['Bo', 9, 75],
      ['', 9, 60],
      ['小明', 9, 30],
    ]);
    expect(summary.averageScore).toBeCloseTo(46 / 5);
    expect(summary.issues).toEqual([]);
  });

  it('give each question its correct rate and the wrong option chosen most', () => {
    const summary = summarizeClass(quiz, Object.values(codes).join('\n'));
    const stats = summary.questions[firstChoice]!;
    expect(stats.correctRate).toBeCloseTo(2 / 5);
    expect(stats.mostChosenWrong).toEqual({
      label: 'ABCDEFGHIJKLMNO'[wrong1],
      text: single.options[wrong1]!.text,
      count: 2,
    });
    const first = summary.questions[0]!;
    expect(first.answered).toBe(4);
    expect(first.correctRate).toBeCloseTo(firstChoice === 0 ? 2 / 5 : 4 / 5);
  });

  it('count a repeated code once and list it as a duplicate of its first line', () => {
    const summary = summarizeClass(
      quiz,
      [codes.perfect, '', codes.wrongA, codes.perfect].join('\n'),
    );
    expect(summary.rows).toHaveLength(2);
    expect(summary.issues).toEqual([
      { line: 4, text: codes.perfect, problem: { kind: 'duplicate', firstLine: 1 } },
    ]);
  });

  it('list bad codes with the reason and go on with the good ones', () => {
    const other = quizOf({ seed: 7 });
    const tampered = codes.wrongB.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const pasted = [
      codes.perfect,
      tampered,
      codes.wrongA.slice(0, 20),
      resultCode(
        other,
        'X',
        other.questions.map((q) => compactAnswer(q, rightResponse(q))),
      ),
      other.code,
      // A version-1 code (still read) with an answer missing.
      encodeResultCodeV1({
        quizHash: quizHashOf(quiz.code),
        nickname: 'Y',
        seconds: 1,
        answers: right.slice(1),
      }),
    ].join('\n');
    const summary = summarizeClass(quiz, pasted);
    expect(summary.rows.map((r) => r.nickname)).toEqual(['小明']);
    expect(summary.issues.map((i) => [i.line, i.problem.kind])).toEqual([
      [2, 'checksum'],
      [3, 'truncated'],
      [4, 'other-quiz'],
      [5, 'wrong-type'],
      [6, 'answers-mismatch'],
    ]);
  });

  it('point out a nickname that two different codes give', () => {
    const summary = summarizeClass(quiz, Object.values(codes).join('\n'));
    expect(summary.sharedNicknames).toEqual([{ nickname: '小明', lines: [1, 5] }]);
  });

  it('have no rates and no average before any code is pasted', () => {
    const summary = summarizeClass(quiz, '\n  \n');
    expect(summary.averageScore).toBeNull();
    expect(summary.questions.every((q) => q.correctRate === null && !q.mostChosenWrong)).toBe(true);
  });

  it('take the most common wrong typed answer, ignoring case and punctuation', () => {
    const fillAt = quiz.questions.findIndex((q) => q.kind === 'fill');
    expect(fillAt).toBeGreaterThanOrEqual(0);
    const typed = (text: string) =>
      right.map((a, i): CompactAnswer => (i === fillAt ? { type: 'text', text } : a));
    const summary = summarizeClass(
      quiz,
      [
        // Places no question has for its answer: the fill drawn changes with the fixture's banks.
        resultCode(quiz, 'a', typed('Atlantis')),
        resultCode(quiz, 'b', typed('ATLANTIS.')),
        resultCode(quiz, 'c', typed('Lemuria')),
      ].join('\n'),
    );
    expect(summary.questions[fillAt]!.mostChosenWrong).toEqual({ label: 'Atlantis', count: 2 });
  });

  it('grade a result the same on the student’s phone as in the teacher’s table', () => {
    const summary = summarizeClass(quiz, codes.wrongC);
    expect(summary.rows[0]!.correct).toEqual(gradeResult(quiz, withChoice(wrong2)).correct);
  });

  it('split pasted codes by line, comma or semicolon, and take codes out of result links', () => {
    const link = `https://example.org/zh/classroom/results/?q=${quiz.code}&r=${codes.wrongB}`;
    expect(splitCodes(`A1\n\n B2 ;C3，D4\r\n${link}`)).toEqual([
      { line: 1, text: 'A1' },
      { line: 3, text: 'B2' },
      { line: 3, text: 'C3' },
      { line: 3, text: 'D4' },
      { line: 4, text: codes.wrongB },
    ]);
    expect(codeFromInput('not a link', 'q')).toBe('not a link');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces, and leaves Chinese alone', () => {
    expect(csvField('王小明')).toBe('王小明');
    expect(csvField('Smith, Ann')).toBe('"Smith, Ann"');
    expect(csvField('the "best"')).toBe('"the ""best"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('defuses a nickname that a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2,3')).toBe(`"'-2,3"`);
  });

  it('starts with a byte order mark and ends each row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['中', 1],
      ]),
    ).toBe(`${BOM}a,b\r\n中,1\r\n`);
  });

  it('writes each student’s answers, time and date, then each question’s text and rates', () => {
    const csv = classCsv(
      [
        {
          name: '李雷, 班长',
          score: 1,
          seconds: 61,
          date: '2026-03-01',
          attempt: 1,
          correct: [true, false],
          answers: ['B', 'C → A'],
        },
        {
          name: 'Ann "A"',
          score: 0,
          seconds: 5,
          date: '',
          attempt: 2,
          correct: [false, false],
          answers: [null, 'A → C'],
        },
      ],
      [
        {
          text: '首都？',
          correctAnswer: 'B. 北京',
          correctRate: 0.5,
          mostChosenWrong: null,
          mostChosenWrongCount: 0,
        },
        {
          text: 'Order',
          correctAnswer: 'A → C',
          correctRate: 0,
          mostChosenWrong: 'C → A',
          mostChosenWrongCount: 1,
        },
      ],
      {
        name: '昵称',
        score: '得分',
        outOf: '满分',
        percent: '%',
        seconds: '用时（秒）',
        date: '完成日期',
        attempt: '第几次',
        question: (n) => `第${n}题`,
        questionCorrect: (n) => `第${n}题对错`,
        number: '题号',
        questionText: '题目',
        correctAnswer: '正确答案',
        correctPercent: '正确率%',
        mostChosenWrong: '最多人选的错误答案',
        chosenBy: '人数',
      },
    );
    expect(csv).toBe(
      `${BOM}昵称,得分,满分,%,用时（秒）,完成日期,第几次,第1题,第1题对错,第2题,第2题对错\r\n` +
        `"李雷, 班长",1,2,50,61,2026-03-01,1,B,1,C → A,0\r\n` +
        `"Ann ""A""",0,2,0,5,,2,,0,A → C,0\r\n` +
        `\r\n` +
        `题号,题目,正确答案,正确率%,最多人选的错误答案,人数\r\n` +
        `1,首都？,B. 北京,50,,\r\n` +
        `2,Order,A → C,0,C → A,1\r\n`,
    );
  });
});

describe('flags', () => {
  it('flag a retake, a name that hands in twice, a time too short to read, and a time past the limit', () => {
    const quiz = quizOf({ secondsPerQuestion: 30 });
    const all = quiz.questions.map((q) => compactAnswer(q, rightResponse(q)));
    const none = quiz.questions.map(() => ({ type: 'none' as const }));
    const limit = 30 * quiz.questions.length;
    const pasted = [
      resultCode(quiz, '小明', all, 90),
      resultCode(quiz, '小明', none, 95),
      resultCode(quiz, 'Fast', all, 2 * quiz.questions.length - 1),
      resultCode(quiz, 'Slow', all, limit + 121),
      resultCode(quiz, 'Fine', all, limit + 120),
      resultCode(quiz, 'Paper', all, 0),
      resultCode(quiz, 'Again', none, 80),
      resultCode(quiz, 'Again', all, 70, 2),
    ].join('\n');
    const { rows } = summarizeClass(quiz, pasted);
    const flags = rowFlags(quiz, rows);
    expect(rows.map((r) => [r.nickname, flags.get(r)])).toEqual([
      ['小明', ['same-name']],
      ['小明', ['same-name']],
      ['Fast', ['too-fast']],
      ['Slow', ['over-time']],
      ['Fine', []],
      ['Paper', []],
      ['Again', ['same-name']],
      ['Again', ['retake', 'same-name']],
    ]);
    // The first go stays, graded as it was handed in, beside the retake.
    expect(rows.filter((r) => r.nickname === 'Again').map((r) => [r.score, r.attempt])).toEqual([
      [0, undefined],
      [quiz.questions.length, 2],
    ]);
  });
});

describe('durations', () => {
  it('read as minutes and seconds, with hours when there are any', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});

describe('mergeCodeText', () => {
  it('adds the codes the other copy has and ours lacks, once, at the end', () => {
    expect(mergeCodeText('AAA-111\nBBB-222\n', 'BBB222\nCCC-333\nCCC-333\n')).toBe(
      'AAA-111\nBBB-222\nCCC-333\n',
    );
  });

  it('keeps ours as it is when the other copy adds nothing', () => {
    const ours = 'AAA-111\n  note\n';
    expect(mergeCodeText(ours, 'aaa111')).toBe(ours);
    expect(mergeCodeText(ours, '')).toBe(ours);
    expect(mergeCodeText('', 'AAA-111')).toBe('AAA-111\n');
  });
});
