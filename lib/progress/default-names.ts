/**
 * The first profile's name in each interface language (Profiles.defaultName in messages/; a test
 * keeps the two in step). A profile still called by one of them is shown under the current
 * language's, so a first visit on the Chinese pages does not leave an English learner as 我.
 * In a module of its own: the header's profile menu needs it before the store has loaded.
 */
export const DEFAULT_PROFILE_NAMES: readonly string[] = ['我', 'Me'];

/** A profile's name as shown in the current language. */
export function shownProfileName(name: string, defaultName: string): string {
  return DEFAULT_PROFILE_NAMES.includes(name) ? defaultName : name;
}
