'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { QuizParam } from './useQuizParam';
import { QuizCodeForm } from './QuizCodeForm';

/** What a classroom page shows until it has a quiz: the code field, with the reason a code failed. */
export function QuizEntry({ param }: { param: Exclude<QuizParam, { status: 'ready' }> }) {
  const t = useTranslations('Classroom');
  const router = useRouter();
  const pathname = usePathname();
  return (
    <section className="classroom-panel quiz-entry" aria-labelledby="quiz-entry-heading">
      <h2 id="quiz-entry-heading">{t('enterCode')}</h2>
      <QuizCodeForm
        // A new code remounts the form, so its field and message start from the new code.
        key={param.status === 'problem' ? param.text : ''}
        initial={param.status === 'problem' ? param.text : ''}
        initialProblem={param.status === 'problem' ? param.problem : undefined}
        onOpen={(code) => router.push(`${pathname}?q=${encodeURIComponent(code)}`)}
      />
    </section>
  );
}
