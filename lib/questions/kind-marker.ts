import type { Text } from '../content/schema';
import type { DisplayMode } from '../display';
import type { Question, QuestionKind } from './models';

/**
 * How a prompt may already say how to answer it: every multiple-select prompt the generator
 * writes ends so (lib/kinds/, lib/questions/generate.ts). A page that names a question's kind
 * beside its prompt (the printed worksheet) leaves its own note out when the prompt says it, so
 * that a line never reads "（多选）（多选题）".
 */
export const PROMPT_KIND_MARKERS: Partial<Record<QuestionKind, Text>> = {
  multiple: { zh: '（多选）', en: '(Select all that apply.)' },
};

/** Whether the prompt, as shown in `mode`, already says the question's kind. */
export function promptSaysKind(question: Pick<Question, 'kind' | 'prompt'>, mode: DisplayMode) {
  const marker = PROMPT_KIND_MARKERS[question.kind];
  if (!marker) return false;
  const shown = mode === 'both' ? (['zh', 'en'] as const) : [mode];
  return shown.some((lang) => question.prompt[lang].includes(marker[lang]));
}
