'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { QuizProblem } from '@/lib/classroom/quiz';
import type { ResultProblem } from '@/lib/classroom/results';

/** What is wrong with a code, in the interface language; `expected` is what belonged there. */
export function CodeProblemText({
  problem,
  expected,
}: {
  problem: QuizProblem | ResultProblem;
  expected: 'quiz' | 'result';
}) {
  const t = useTranslations('Classroom.problems');
  const locale = useLocale();
  switch (problem.kind) {
    case 'empty':
      return t('empty');
    case 'bad-character':
      return t('badCharacter', { position: problem.position, character: problem.character });
    case 'not-a-code':
      return expected === 'quiz' ? t('notQuizCode') : t('notResultCode');
    case 'truncated':
      return t('truncated', { missing: problem.missing });
    case 'too-long':
      return t('tooLong', { extra: problem.extra });
    case 'checksum':
      return t('checksum');
    case 'wrong-type':
      return problem.found === 'result' ? t('resultInsteadOfQuiz') : t('quizInsteadOfResult');
    case 'version-too-new':
      return t('versionTooNew');
    case 'invalid':
      return t('invalid');
    case 'unknown-deck':
      return problem.removed.length > 0
        ? t('deckRemoved', {
            count: problem.removed.length,
            decks: problem.removed.map((id) => `“${id}”`).join(locale === 'zh' ? '、' : ', '),
          })
        : t('unknownDeck', { missing: problem.missing });
    case 'content-too-new':
      return t('contentTooNew');
    case 'content-changed':
      return t('contentChanged');
    case 'no-questions':
      return t('noQuestions');
    case 'other-quiz':
      return t('otherQuiz');
    case 'answers-mismatch':
      return t('answersMismatch');
    case 'duplicate':
      return t('duplicate', { line: problem.firstLine });
  }
}
