import { BilingualText } from '@/components/DisplayLanguage';
import type { Text } from '@/lib/content/schema';
import type { DisplayMode } from '@/lib/display';

/**
 * An answer in the quiz's language. Typed answers and letters are the same in both languages:
 * they are shown once, with no language claimed for them.
 */
export function AnswerText({ text, mode }: { text: Text; mode: DisplayMode }) {
  if (text.zh === text.en) return <span className="answer-text">{text.zh}</span>;
  return <BilingualText text={text} mode={mode} />;
}
