import { isInt } from '../checks';

/**
 * The generator's rules, by version. A classroom quiz code names the rules it was drawn by
 * (lib/classroom/quiz-code.ts), so a code already handed out keeps opening the same quiz after
 * the generator is corrected; practice, flashcards, tests, learn and the question banks always
 * draw by the latest rules.
 *
 * A correction that changes the questions of some quiz (or the random draws after them) gets an
 * entry below with the next version number, and the code it changes keeps the old behaviour for
 * earlier versions, asking `follows(rules, 'name')`. Version 1 is the generator before any entry:
 * every code handed out before codes named their rules was drawn by it.
 */
const CORRECTIONS = {
  /**
   * A claim across a series asked within one deck is true of the deck's meetings only: by rules
   * 1 it also keyed the series' meetings in other decks and cited their sources
   * (claims.ts, restrictToFacts).
   */
  seriesWithinDeck: 2,
  /**
   * A "which statements are true" question (marked 多选) has at least two true statements, as an
   * exam's 多选题 does: by rules 1 and 2 it could have one (generate.ts, statementQuestions).
   */
  statementsTwoTrue: 3,
  /**
   * A gap a source states ("the first in four years") is asked as the year it began ("the first
   * since 2019"): counted in whole years or by the calendar, the count had two defensible
   * answers (lib/kinds/interval).
   */
  intervalSinceYear: 3,
  /**
   * A wrong place is one a learner could take for the right one: of the right one's region first
   * (a city's region is its country's), among the places of the same topic before any other. By
   * rules 1 to 3 a city had no region, and a Dushanbe question could offer Pyeongchang
   * (distractors.ts, pickDistractors).
   */
  placesNearFirst: 4,
  /**
   * Where a host is named by an office of the country the meeting was in (塔吉克斯坦总统), the
   * question on the city names the host alone: the title gave the capital away
   * (lib/kinds/audience).
   */
  cityWithoutTitle: 4,
  /**
   * A wrong person is one who could fill the role: the host who received a guest is a leader of
   * another country than the guest's, of the host's region; the proposer of an initiative a
   * leader of the proposer's country; who represented a country at a meeting someone who
   * represented it at a meeting of the series. By rules 1 to 3 习近平 could be offered as the
   * host who received his own minister in Dushanbe, and 米尔济约耶夫 as China's representative
   * (lib/kinds/audience, initiative, meeting; lib/questions/roles.ts).
   */
  personsByRole: 4,
  /**
   * A meeting that cities hosted together (the Milano Cortina Games) is asked which cities hosted
   * it, as a multiple select; by rules 1 to 3 it was asked its one host city, and Milan alone was
   * keyed (lib/kinds/meeting, coHosts).
   */
  coHostedCities: 4,
  /**
   * A meeting over several days (25–27 July 2018) is asked when it was held, by the month, as a
   * textbook gives it: by rules 1 to 3 it was asked the day of its main session (正式会议于哪一天
   * 举行), which few learners have learned and the span's other days made arguable
   * (lib/kinds/meeting, summit).
   */
  spanByMonth: 4,
  /**
   * A wrong way of taking part in a meeting differs from the right one in how the person
   * attended, in person or by video: by rules 1 to 4 "attended by video and gave the keynote
   * speech" could be false only because the record says "spoke", which no learner could know
   * (lib/kinds/meeting).
   */
  participationByMode: 5,
  /**
   * A meeting held before 2020 is never offered as held by video or in a hybrid format, formats
   * of the pandemic years and after; a format question left with no wrong format is not asked
   * (lib/kinds/meeting).
   */
  formatsOfTheTime: 5,
  /**
   * A classroom quiz opens with a question the code alone locates: of a deck and kind its seed
   * chooses, one of a few questions drawn with a fixed seed (lib/classroom/opener.ts). The
   * projector shows it from a small file before the generator and the content have come; by
   * rules 1 to 5 the first question was the draw's like any other (lib/classroom/quiz.ts).
   */
  openerFirst: 6,
  /**
   * No one is offered as having attended a meeting before 2020 by video, a way of the pandemic
   * years and after, as formatsOfTheTime does for the meeting: "attended the 2017 meeting by
   * video" was a false statement a learner could tell from the year alone, and "by video"
   * options of how someone took part were no choice at all. A claim with no plausible wrong value
   * left makes no true/false question and no statement to judge, which could only be true; its
   * flashcard stays (lib/kinds/meeting; generate.ts).
   */
  attendanceOfTheTime: 7,
} as const;

export type Correction = keyof typeof CORRECTIONS;

export const FIRST_RULES = 1;

/** The rules every quiz drawn today follows, and every new quiz code names. */
export const LATEST_RULES: number = Math.max(FIRST_RULES, ...Object.values(CORRECTIONS));

/** Whether a draw by these rules makes this correction. */
export function follows(rules: number, correction: Correction): boolean {
  return rules >= CORRECTIONS[correction];
}

/** Whether this generator knows rules of this version. */
export function isKnownRules(value: unknown): value is number {
  return isInt(value, FIRST_RULES, LATEST_RULES);
}
