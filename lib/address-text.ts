/*
 * Text taken from the page's address (?deck=, ?seed=, ?q=, ?r=), which anyone can write and
 * the page may echo back in a notice. Bidirectional control characters are dropped: echoed, they
 * can make a notice read backwards or hide part of it ("Trojan Source"); in a code or a number they
 * are never meant (a chat app may add a direction mark around a link it passes on).
 */

/** The embedding, override and isolate controls, the left-to-right and right-to-left marks and the Arabic letter mark. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional control characters. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A query parameter, without bidirectional controls; null when the address has none. */
export function addressParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null ? null : withoutBidiControls(value);
}

/** How much of a bad value a notice repeats: enough to recognise it, never a page of it. */
export const ECHO_MAX = 40;

/** A value from the address as a notice repeats it: without bidi controls, cut to ECHO_MAX (with …). */
export function echoText(value: string): string {
  const clean = withoutBidiControls(value);
  const chars = [...clean];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : clean;
}
