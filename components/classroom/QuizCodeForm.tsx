'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { codeFromInput } from '@/lib/classroom/links';
import { decodeQuizCode } from '@/lib/classroom/quiz-code';
import type { QuizProblem } from '@/lib/classroom/quiz';
import { HydrationGate } from '../hydrated';
import { CodeProblemText } from './CodeProblemText';

/**
 * A field for a quiz code or a link holding one. The code is checked here; a sound one goes to
 * `onOpen` (which usually puts it in the page's `?q=`), a broken one gets its reason below the field.
 */
export function QuizCodeForm({
  onOpen,
  initial = '',
  initialProblem,
  label,
  check = (code) => {
    const decoded = decodeQuizCode(code);
    return decoded.ok ? null : decoded.problem;
  },
}: {
  onOpen: (code: string) => void;
  /** What is wrong with a code, or null; by default only its form is checked, not the content. */
  check?: (code: string) => QuizProblem | null;
  initial?: string;
  initialProblem?: QuizProblem;
  label?: string;
}) {
  const t = useTranslations('Classroom');
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<QuizProblem | undefined>(initialProblem);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = codeFromInput(text, 'q');
    const found = check(code);
    setProblem(found ?? undefined);
    if (found) return;
    onOpen(code);
  }

  return (
    <form className="code-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-code`} className="code-form-label">
        {label ?? t('codeOrLink')}
      </label>
      <HydrationGate>
        <div className="code-form-row">
          <input
            id={`${id}-code`}
            type="text"
            className="code-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={`${id}-hint ${id}-problem`}
            aria-invalid={problem ? true : undefined}
          />
          <button type="submit" className="button button-primary">
            {t('open')}
          </button>
        </div>
      </HydrationGate>
      <p id={`${id}-hint`} className="hint">
        {t('codeHint')}
      </p>
      <div id={`${id}-problem`} role="alert" className="code-problem-slot">
        {problem ? (
          <p className="code-problem">
            {t.rich('problemLine', {
              title: (chunks) => <strong>{chunks}</strong>,
              problem: () => <CodeProblemText problem={problem} expected="quiz" />,
            })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
