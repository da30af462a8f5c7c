/**
 * Option letters, as the projector, the phones and the worksheet all show them. A module of its
 * own: the projector's early script (components/classroom/earlyPresent.ts) carries it without the
 * answers' code.
 */
export const OPTION_LETTERS = 'ABCDEFGHIJKLMNO';

export function optionLetter(index: number): string {
  return OPTION_LETTERS.charAt(index) || '?';
}
