/**
 * Where the classroom pages live, relative to the builder at /{locale}/classroom/, and how a
 * code is taken out of a pasted link. Relative paths keep links right under any base path.
 */
export const CLASSROOM_PAGES = ['play', 'present', 'results', 'print'] as const;
export type ClassroomPage = (typeof CLASSROOM_PAGES)[number];

/** A page's path with its query, relative to the classroom folder: "play/?q=1ABC…". */
export function classroomPath(page: ClassroomPage, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${page}/${query ? `?${query}` : ''}`;
}

/** An absolute link to a classroom page, given the URL of the classroom folder. */
export function classroomUrl(
  classroomRoot: string,
  page: ClassroomPage,
  params: Record<string, string>,
): string {
  return new URL(classroomPath(page, params), classroomRoot).toString();
}

/**
 * The code in what a person pasted: the `param` of a link (…/play/?q=CODE), or the text
 * itself. Anything that is not a link comes back unchanged, for the decoder to judge.
 */
export function codeFromInput(input: string, param: 'q' | 'r'): string {
  const text = input.trim();
  if (!/^https?:\/\//i.test(text) && !text.includes('?')) return text;
  try {
    const url = new URL(text, 'https://example.invalid/');
    return url.searchParams.get(param) ?? text;
  } catch {
    return text;
  }
}
