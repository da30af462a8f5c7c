import type { Text } from '../content/schema';
import { inNaturalOrder, joinAnswers } from './answer-list';
import type { Question } from './models';

export const EXPORT_FORMATS = ['json', 'anki', 'quizlet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportLanguage = 'zh' | 'en' | 'both';

const LABELS = 'ABCDEFGHIJKLMNOP';

function pick(text: Text, lang: ExportLanguage, joiner: string): string {
  return lang === 'both' ? `${text.zh}${joiner}${text.en}` : text[lang];
}

/** The correct answer, as a person reads it. */
export function answerText(q: Question): Text {
  const byId = (id: string): Text =>
    ('options' in q ? q.options.find((o) => o.id === id)?.text : undefined) ?? { zh: id, en: id };
  const join = (texts: Text[], zhSep: string, enSep: string): Text => ({
    zh: texts.map((t) => t.zh).join(zhSep),
    en: texts.map((t) => t.en).join(enSep),
  });
  switch (q.kind) {
    case 'single':
      return byId(q.answer);
    case 'multiple':
      return joinAnswers(inNaturalOrder(q.answer).map(byId));
    case 'truefalse':
      return byId(q.answer ? 'true' : 'false');
    case 'fill':
      return q.answer.display;
    case 'order':
      return join(q.answer.map(byId), ' → ', ' → ');
    case 'match':
      return join(
        q.left.map((l) => {
          const right = byId(q.answer[l.id] ?? '');
          return { zh: `${l.text.zh} — ${right.zh}`, en: `${l.text.en} — ${right.en}` };
        }),
        '；',
        '; ',
      );
  }
}

/** The question with its options, one line each. */
function frontLines(q: Question, lang: ExportLanguage): string[] {
  const lines = [pick(q.prompt, lang, ' / ')];
  if (q.kind === 'match') {
    q.left.forEach((l, i) => lines.push(`${i + 1}. ${pick(l.text, lang, ' / ')}`));
  }
  if ('options' in q && q.kind !== 'truefalse') {
    q.options.forEach((o, i) => lines.push(`${LABELS[i]}. ${pick(o.text, lang, ' / ')}`));
  }
  return lines;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Tabs and line breaks would split a row; nothing else needs escaping in these formats. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

function sourceLine(q: Question, lang: ExportLanguage): string {
  return q.sources
    .map((s) => `${pick(s.publication, lang, ' / ')}, ${s.date}, ${pick(s.locator, lang, ' / ')}`)
    .join('; ');
}

/**
 * Anki's text import: a header that names the separator and columns, then
 * front, back and tags separated by tabs, HTML allowed in the fields.
 */
function toAnki(questions: readonly Question[], lang: ExportLanguage): string {
  const rows = questions.map((q) => {
    const front = frontLines(q, lang)
      .map((l) => escapeHtml(oneLine(l)))
      .join('<br>');
    const back = [
      `<b>${escapeHtml(oneLine(pick(answerText(q), lang, ' / ')))}</b>`,
      escapeHtml(oneLine(pick(q.explanation, lang, '<br>').replace(/\n/g, '<br>'))).replace(
        /&lt;br&gt;/g,
        '<br>',
      ),
      `<small>${escapeHtml(oneLine(sourceLine(q, lang)))}</small>`,
    ].join('<br><br>');
    const tags = [q.deckId, `kind::${q.kind}`, `difficulty::${q.difficulty}`].join(' ');
    return [front, back, tags].join('\t');
  });
  return [
    '#separator:tab',
    '#html:true',
    '#columns:Front\tBack\tTags',
    '#tags column:3',
    ...rows,
    '',
  ].join('\n');
}

/** Quizlet's import: term, a tab, definition; one card a line. */
function toQuizlet(questions: readonly Question[], lang: ExportLanguage): string {
  const rows = questions.map((q) => {
    const term = oneLine(frontLines(q, lang).join('  '));
    const definition = oneLine(pick(answerText(q), lang, ' / '));
    return `${term}\t${definition}`;
  });
  return [...rows, ''].join('\n');
}

export function exportQuestions(
  questions: readonly Question[],
  format: ExportFormat,
  lang: ExportLanguage,
): string {
  switch (format) {
    case 'json':
      // JSON keeps every field in both languages: it is the format other tools read.
      return `${JSON.stringify(questions, null, 2)}\n`;
    case 'anki':
      return toAnki(questions, lang);
    case 'quizlet':
      return toQuizlet(questions, lang);
  }
}
