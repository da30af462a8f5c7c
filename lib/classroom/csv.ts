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
  correct: readonly boolean[];
}

export interface ClassCsvHeadings {
  name: string;
  score: string;
  outOf: string;
  percent: string;
  seconds: string;
  /** Heading of question n (1-based), e.g. "Q3" or "第3题". */
  question: (n: number) => string;
}

/** The class table: one student a row, a 1 or 0 for each question so a spreadsheet can sum them. */
export function classCsv(
  rows: readonly ClassCsvRow[],
  questionCount: number,
  headings: ClassCsvHeadings,
): string {
  const numbers = Array.from({ length: questionCount }, (_, i) => i + 1);
  return toCsv([
    [
      headings.name,
      headings.score,
      headings.outOf,
      headings.percent,
      headings.seconds,
      ...numbers.map(headings.question),
    ],
    ...rows.map((r) => [
      r.name,
      r.score,
      questionCount,
      questionCount ? Math.round((r.score / questionCount) * 100) : 0,
      r.seconds,
      ...numbers.map((n) => (r.correct[n - 1] ? 1 : 0)),
    ]),
  ]);
}
