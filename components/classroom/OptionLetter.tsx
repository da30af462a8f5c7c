import { optionLetter } from '@/lib/classroom/answers';

/**
 * An option's letter, as the projector, the phones and the worksheet show it, in the option's
 * text once: an option reads "A Astana" however it is read (accessibility tree, text, copy).
 * A visible letter hidden from screen readers beside a hidden copy for them said "A A." where
 * aria-hidden was not heeded; a hidden full stop inside the badge is read "A ." by Chromium (an
 * out-of-flow box is a word of its own), so there is none.
 */
export function OptionLetter({ index, className }: { index: number; className: string }) {
  // The space after the badge is for the name; a flex row does not draw it.
  return (
    <>
      <span className={className} translate="no">
        {optionLetter(index)}
      </span>{' '}
    </>
  );
}
