'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import type { CompactAnswer } from '@/lib/classroom/answers';
import { type PaperProblem, parsePaperAnswers } from '@/lib/classroom/paper';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';

/**
 * A form for a student who answered on paper: the teacher types the name and the letters from
 * the answer strip, and the result joins the others, graded the same way.
 */
export function PaperEntry({
  quiz,
  onAdd,
}: {
  quiz: ClassroomQuiz;
  /** Adds the result; says what became of it. */
  onAdd: (nickname: string, answers: CompactAnswer[]) => ReactNode;
}) {
  const t = useTranslations('ClassroomResults');
  const id = useId();
  const [name, setName] = useState('');
  const [letters, setLetters] = useState('');
  const [problem, setProblem] = useState<PaperProblem | null>(null);
  const [added, setAdded] = useState<ReactNode>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const lettersField = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Enter after the name, before any letters, goes on to the letters: no error for a field the
    // teacher has not reached yet. The Add button itself still says what is missing.
    if (letters.trim() === '' && document.activeElement === nameField.current) {
      lettersField.current?.focus();
      return;
    }
    const parsed = parsePaperAnswers(quiz.questions, letters);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      setAdded(null);
      return;
    }
    setProblem(null);
    setAdded(onAdd(name, parsed.answers));
    setName('');
    setLetters('');
    nameField.current?.focus();
  }

  function problemText(p: PaperProblem): string {
    switch (p.kind) {
      case 'empty':
        return t('paperEmpty');
      case 'count':
        return t('paperCount', { expected: p.expected, found: p.found });
      case 'letter':
        return t('paperLetter', { question: p.question, letter: p.letter, last: p.last });
      case 'one-letter':
        return t('paperOneLetter', { question: p.question, last: p.last });
      case 'order':
        return t('paperOrder', { question: p.question, last: p.last });
      case 'match':
        return t('paperMatch', { question: p.question, items: p.items, last: p.last });
      case 'result-code':
        return t('paperResultCode');
    }
  }

  return (
    <section className="classroom-panel paper-entry" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('paperHeading')}</h2>
      <p className="hint" id={`${id}-hint`}>
        {t('paperHint')}
      </p>
      <form onSubmit={submit} className="paper-form" noValidate>
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('paperName')}
        </label>
        <input
          ref={nameField}
          id={`${id}-name`}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <label className="field-label" htmlFor={`${id}-letters`}>
          {t('paperAnswers', { count: quiz.questions.length })}
        </label>
        <input
          ref={lettersField}
          id={`${id}-letters`}
          type="text"
          className="paper-letters"
          value={letters}
          onChange={(e) => {
            setLetters(e.target.value);
            setProblem(null);
          }}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          translate="no"
        />
        <button type="submit" className="button button-primary">
          {t('paperAdd')}
        </button>
      </form>
      {problem ? (
        <p role="alert" id={`${id}-problem`} className="notice">
          {problemText(problem)}
        </p>
      ) : null}
      <p role="status" className="paper-added">
        {added}
      </p>
    </section>
  );
}
