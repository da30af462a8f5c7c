import type { Text } from '../content/schema';
import { normalizeAnswer } from '../questions/answers';
import type { Question } from '../questions/models';
import { type CompactAnswer, isCorrect, optionLetter } from './answers';
import { codeFromInput } from './links';
import type { ClassroomQuiz } from './quiz';
import {
  decodeResultCode,
  encodeResultCode,
  type ResultCodeProblem,
  type StudentResult,
} from './result-code';

export type ResultProblem = ResultCodeProblem | { kind: 'duplicate'; firstLine: number };

export interface Graded {
  correct: boolean[];
  score: number;
}

/** Marks a result against the quiz: the student's phone and the teacher's table both call this. */
export function gradeResult(quiz: ClassroomQuiz, answers: readonly CompactAnswer[]): Graded {
  const correct = quiz.questions.map((q, i) => {
    const a = answers[i];
    return a !== undefined && isCorrect(q, a);
  });
  return { correct, score: correct.filter(Boolean).length };
}

export interface StudentRow extends Graded {
  /** 1-based line of the pasted text the code came from. */
  line: number;
  /** The canonical code. */
  code: string;
  nickname: string;
  seconds: number;
  answers: CompactAnswer[];
  /** The day the student finished, when the code carries it (resultDay). */
  day?: number;
  /** Which go at the quiz, when a retake: 2 for the first retake. */
  attempt?: number;
}

export interface WrongPick {
  /** What a person reads: "B", "C → A → B", "2–A", or the typed text. */
  label: string;
  /** The option (or pairing) behind the label, where there is one. */
  text?: Text;
  count: number;
}

export interface QuestionStats {
  question: Question;
  answered: number;
  correct: number;
  /** Correct answers over every student counted, unanswered ones included; null with none. */
  correctRate: number | null;
  mostChosenWrong: WrongPick | null;
}

export interface CodeIssue {
  line: number;
  text: string;
  problem: ResultProblem;
}

export interface ClassSummary {
  rows: StudentRow[];
  issues: CodeIssue[];
  questions: QuestionStats[];
  /** Nicknames given by more than one code (different codes: both are counted). */
  sharedNicknames: { nickname: string; lines: number[] }[];
  averageScore: number | null;
}

/** One code per line; commas and semicolons also split, as chat apps join pasted lines with them. */
export function splitCodes(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    for (const part of lineText.split(/[,;，；]/)) {
      const code = codeFromInput(part, 'r');
      if (code.trim()) out.push({ line: i + 1, text: code.trim() });
    }
  });
  return out;
}

const codeKey = (code: string) => code.replace(/[-\s]/g, '').toUpperCase();

/**
 * Our list of result codes with the codes of another copy (another tab's) that it lacks, added
 * at the end as they were written: two results tabs open at once lose no code either added.
 */
export function mergeCodeText(ours: string, theirs: string): string {
  const known = new Set(splitCodes(ours).map((c) => codeKey(c.text)));
  const missing = splitCodes(theirs)
    .map((c) => c.text)
    .filter((code) => {
      const key = codeKey(code);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
  if (missing.length === 0) return ours;
  return `${ours.trimEnd()}${ours.trim() ? '\n' : ''}${missing.join('\n')}\n`;
}

export function checkResultCode(
  quiz: ClassroomQuiz,
  text: string,
): { ok: true; value: StudentResult } | { ok: false; problem: ResultProblem } {
  return decodeResultCode(quiz, text);
}

/** The wrong picks an answer makes: the options, order, pairings or text a student got wrong. */
export function wrongPicks(question: Question, answer: CompactAnswer): Omit<WrongPick, 'count'>[] {
  if (answer.type === 'none' || isCorrect(question, answer)) return [];
  const options = 'options' in question ? question.options : [];
  const option = (i: number) => {
    const o = options[i];
    return o ? { label: optionLetter(i), text: o.text } : null;
  };
  switch (answer.type) {
    case 'choice': {
      const o = option(answer.index);
      return o ? [o] : [];
    }
    case 'choices': {
      if (question.kind !== 'multiple') return [];
      return answer.indexes
        .filter((i) => !question.answer.includes(options[i]?.id ?? ''))
        .flatMap((i) => option(i) ?? []);
    }
    case 'order':
      return [{ label: answer.order.map(optionLetter).join(' → ') }];
    case 'pairs': {
      if (question.kind !== 'match') return [];
      return answer.pairs.flatMap((p, i) => {
        const left = question.left[i];
        const o = p === null ? null : option(p);
        if (!left || !o || question.answer[left.id] === options[p!]?.id) return [];
        return [
          {
            label: `${i + 1}–${o.label}`,
            text: { zh: `${left.text.zh} — ${o.text.zh}`, en: `${left.text.en} — ${o.text.en}` },
          },
        ];
      });
    }
    case 'text':
      return [{ label: answer.text }];
    case 'accepted':
      return [];
  }
}

function mostChosenWrong(question: Question, answers: readonly CompactAnswer[]): WrongPick | null {
  // Typed answers that differ only in case, width or punctuation count as one.
  const keyOf = (p: Omit<WrongPick, 'count'>) =>
    question.kind === 'fill' ? `text:${normalizeAnswer(p.label)}` : p.label;
  const tally = new Map<string, WrongPick>();
  for (const a of answers) {
    for (const pick of wrongPicks(question, a)) {
      const key = keyOf(pick);
      const seen = tally.get(key);
      if (seen) seen.count += 1;
      else tally.set(key, { ...pick, count: 1 });
    }
  }
  let best: WrongPick | null = null;
  // Map order is first-seen order, so ties go to the pick that came first.
  for (const pick of tally.values()) if (!best || pick.count > best.count) best = pick;
  return best;
}

export function summarizeClass(quiz: ClassroomQuiz, pasted: string): ClassSummary {
  const rows: StudentRow[] = [];
  const issues: CodeIssue[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, text } of splitCodes(pasted)) {
    const checked = checkResultCode(quiz, text);
    if (!checked.ok) {
      issues.push({ line, text, problem: checked.problem });
      continue;
    }
    const code = encodeResultCode(quiz, checked.value);
    const firstLine = firstLineOf.get(code);
    if (firstLine !== undefined) {
      issues.push({ line, text, problem: { kind: 'duplicate', firstLine } });
      continue;
    }
    firstLineOf.set(code, line);
    const { nickname, seconds, answers, day, attempt } = checked.value;
    rows.push({
      line,
      code,
      nickname,
      seconds,
      answers,
      ...(day === undefined ? {} : { day }),
      ...(attempt === undefined ? {} : { attempt }),
      ...gradeResult(quiz, answers),
    });
  }

  const questions = quiz.questions.map((question, i): QuestionStats => {
    const answers = rows.map((r) => r.answers[i] ?? ({ type: 'none' } as const));
    const correct = rows.filter((r) => r.correct[i]).length;
    return {
      question,
      answered: answers.filter((a) => a.type !== 'none').length,
      correct,
      correctRate: rows.length ? correct / rows.length : null,
      mostChosenWrong: mostChosenWrong(question, answers),
    };
  });

  const byNickname = new Map<string, number[]>();
  for (const r of rows) {
    if (r.nickname) byNickname.set(r.nickname, [...(byNickname.get(r.nickname) ?? []), r.line]);
  }
  return {
    rows,
    issues,
    questions,
    sharedNicknames: [...byNickname]
      .filter(([, lines]) => lines.length > 1)
      .map(([nickname, lines]) => ({ nickname, lines })),
    averageScore: rows.length ? rows.reduce((sum, r) => sum + r.score, 0) / rows.length : null,
  };
}

/** Faster than this a student cannot have read the questions: the time is flagged. */
export const MIN_SECONDS_PER_ANSWER = 2;
/** On a timed quiz, more than the time limit plus this long is flagged. */
export const OVERTIME_SLACK_SECONDS = 120;

/**
 * What a teacher may want to look at twice: a retake (the phone says this is a second or later
 * go; the first result comes in on its own code), a name that handed in more than once (a
 * retake sent from another device, or two students with one name), a time too short to have
 * read the questions, or a time past the quiz's limit. Paper sheets (0 seconds) have no time
 * to judge.
 */
export type RowFlag = 'retake' | 'same-name' | 'too-fast' | 'over-time';

export function rowFlags(
  quiz: ClassroomQuiz,
  rows: readonly StudentRow[],
): Map<StudentRow, RowFlag[]> {
  const names = new Map<string, number>();
  for (const r of rows) if (r.nickname) names.set(r.nickname, (names.get(r.nickname) ?? 0) + 1);
  const limit = quiz.secondsPerQuestion * quiz.questions.length;
  return new Map(
    rows.map((r) => {
      const flags: RowFlag[] = [];
      if (r.attempt !== undefined) flags.push('retake');
      if (r.nickname && (names.get(r.nickname) ?? 0) > 1) flags.push('same-name');
      const answered = r.answers.filter((a) => a.type !== 'none').length;
      if (r.seconds > 0 && answered > 0 && r.seconds < answered * MIN_SECONDS_PER_ANSWER) {
        flags.push('too-fast');
      }
      if (limit > 0 && r.seconds > limit + OVERTIME_SLACK_SECONDS) flags.push('over-time');
      return [r, flags];
    }),
  );
}

/** 75 seconds as "1:15"; an hour or more as "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(s % 60)}` : `${minutes}:${pad(s % 60)}`;
}
