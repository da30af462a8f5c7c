/**
 * CSV as RFC 4180 writes it (CRLF, quotes doubled), with a UTF-8 byte order mark so that
 * Excel opens Chinese text as Chinese rather than as mojibake.
 */
export const BOM = '\uFEFF';

/**
 * One field. A field that begins like a formula (= + - @) is prefixed with an apostrophe:
 * a nickname is typed by a student, and a spreadsheet must not run it.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ClassCsvRow {
  name: string;
  score: number;
  seconds: number;
  /** The day the student finished, as the teacher reads dates (2026-03-01); empty if unknown. */
  date: string;
  /** Which go at the quiz: 1 for a first result, 2 for the first retake. */
  attempt: number;
  correct: readonly boolean[];
  /** The answer chosen for each question as a person reads it ("B", "C → A → B"); null if none. */
  answers: readonly (string | null)[];
}

export interface ClassCsvQuestion {
  text: string;
  correctAnswer: string;
  /** Correct answers over students counted, 0 to 1; null with no students. */
  correctRate: number | null;
  mostChosenWrong: string | null;
  mostChosenWrongCount: number;
}

export interface ClassCsvHeadings {
  name: string;
  score: string;
  outOf: string;
  percent: string;
  seconds: string;
  date: string;
  attempt: string;
  /** Heading of the answer column of question n (1-based), e.g. "Q3" or "第3题". */
  question: (n: number) => string;
  /** Heading of its 1-or-0 column, e.g. "Q3 ✓". */
  questionCorrect: (n: number) => string;
  /** The question table's headings. */
  number: string;
  questionText: string;
  correctAnswer: string;
  correctPercent: string;
  mostChosenWrong: string;
  chosenBy: string;
}

const percentOf = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * The class table (one student a row: score, time, the day they finished, which go it was, then each question's chosen answer
 * and a 1 or 0 a spreadsheet can sum), a blank row, and the question table (each question's
 * text, its answer, the share of the class that got it right and the wrong answer chosen most).
 */
export function classCsv(
  rows: readonly ClassCsvRow[],
  questions: readonly ClassCsvQuestion[],
  headings: ClassCsvHeadings,
): string {
  const numbers = questions.map((_, i) => i + 1);
  return toCsv([
    [
      headings.name,
      headings.score,
      headings.outOf,
      headings.percent,
      headings.seconds,
      headings.date,
      headings.attempt,
      ...numbers.flatMap((n) => [headings.question(n), headings.questionCorrect(n)]),
    ],
    ...rows.map((r) => [
      r.name,
      r.score,
      questions.length,
      percentOf(r.score, questions.length),
      r.seconds,
      r.date,
      r.attempt,
      ...numbers.flatMap((n) => [r.answers[n - 1] ?? '', r.correct[n - 1] ? 1 : 0]),
    ]),
    [],
    [
      headings.number,
      headings.questionText,
      headings.correctAnswer,
      headings.correctPercent,
      headings.mostChosenWrong,
      headings.chosenBy,
    ],
    ...questions.map((q, i) => [
      i + 1,
      q.text,
      q.correctAnswer,
      q.correctRate === null ? null : Math.round(q.correctRate * 100),
      q.mostChosenWrong,
      q.mostChosenWrong === null ? null : q.mostChosenWrongCount,
    ]),
  ]);
}
