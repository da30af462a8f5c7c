'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { describeCorrectAnswer, optionLetter } from '@/lib/classroom/answers';
import { groupCode } from '@/lib/classroom/base32';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import { type DisplayMode, LANG_TAGS } from '@/lib/display';
import { promptSaysKind } from '@/lib/questions/kind-marker';
import type { Question } from '@/lib/questions/models';
import { AnswerText } from './AnswerText';
import { PrinterIcon } from './icons';

/** A worksheet and its answer key, loaded once there is a quiz (PrintPage.tsx). */
export function Worksheet({ quiz }: { quiz: ClassroomQuiz }) {
  const t = useTranslations('ClassroomPrint');
  const tq = useTranslations('Quiz');
  const locale = useLocale() as 'zh' | 'en';
  const id = useId();
  const [withKey, setWithKey] = useState(true);
  const mode = quiz.language;
  const title = quiz.decks.map((d) => d.title[locale]).join(' · ');
  // Chinese sets no space after its full stop or before its full-width brackets; English does.
  const wordGap = locale === 'zh' ? '' : ' ';

  return (
    <>
      <div className="print-controls classroom-panel">
        <p className="hint">{t('hint')}</p>
        <label className="check-row">
          <input type="checkbox" checked={withKey} onChange={(e) => setWithKey(e.target.checked)} />
          <span>{t('includeKey')}</span>
        </label>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          <PrinterIcon /> {t('print')}
        </button>
      </div>

      <article className="worksheet sheet" aria-labelledby={`${id}-sheet`}>
        <header className="sheet-header">
          <h2 id={`${id}-sheet`}>{t('worksheetHeading')}</h2>
          <p className="sheet-title" lang={LANG_TAGS[locale]}>
            {title}
          </p>
          <p className="sheet-fields">
            <span>
              {t('name')}
              <span className="sheet-blank" />
            </span>
            <span>
              {t('class')}
              <span className="sheet-blank is-short" />
            </span>
            <span>
              {t('date')}
              <span className="sheet-blank is-short" />
            </span>
          </p>
          <p className="sheet-meta">
            {t('instructions', { count: quiz.questions.length })}
            {wordGap}
            <span translate="no">{t('codeLine', { code: groupCode(quiz.code) })}</span>
          </p>
        </header>
        <AnswerStrip questions={quiz.questions} />
        <ol className="sheet-questions">
          {quiz.questions.map((q) => (
            <li key={q.id} className="sheet-question">
              <p className="sheet-prompt">
                <BilingualText text={q.prompt} mode={mode} />
                {promptSaysKind(q, mode) ? null : (
                  <>
                    {wordGap}
                    <span className="sheet-kind">
                      {t('kindNote', { kind: tq(`kind.${q.kind}`) })}
                    </span>
                  </>
                )}
              </p>
              <SheetBody question={q} mode={mode} />
            </li>
          ))}
        </ol>
      </article>

      {withKey ? (
        <article className="answer-key sheet" aria-labelledby={`${id}-key`}>
          <header className="sheet-header">
            <h2 id={`${id}-key`}>{t('keyHeading')}</h2>
            <p className="sheet-title" lang={LANG_TAGS[locale]}>
              {title}
            </p>
            <p className="sheet-meta" translate="no">
              {t('codeLine', { code: groupCode(quiz.code) })}
            </p>
          </header>
          <ol className="key-list">
            {quiz.questions.map((q) => (
              <li key={q.id} className="key-item">
                <p className="key-answer">
                  <AnswerText text={describeCorrectAnswer(q)} mode={mode} />
                </p>
                <p className="key-explanation">
                  <BilingualText text={q.explanation} mode={mode} />
                </p>
              </li>
            ))}
          </ol>
        </article>
      ) : null}
    </>
  );
}

/**
 * A compact strip at the top of the sheet where a student writes every answer again, so a
 * teacher types a class's sheets into the results page from one place each: circles to mark
 * for one answer, squares for several, a box a letter for an order or a matching.
 */
function AnswerStrip({ questions }: { questions: readonly Question[] }) {
  const t = useTranslations('ClassroomPrint');
  const id = useId();
  return (
    <section className="answer-strip" aria-labelledby={`${id}-strip`}>
      <h3 id={`${id}-strip`}>{t('stripHeading')}</h3>
      <p className="sheet-meta">{t('stripHint')}</p>
      <ol className="strip-cells">
        {questions.map((q, i) => (
          <li key={q.id} className="strip-cell">
            <span className="strip-number">{i + 1}</span>
            <StripMarks question={q} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function StripMarks({ question }: { question: Question }) {
  switch (question.kind) {
    case 'single':
    case 'truefalse':
    case 'multiple':
      return question.options.map((o, i) => (
        <span
          key={o.id}
          className={`strip-mark ${question.kind === 'multiple' ? 'is-square' : ''}`}
          translate="no"
        >
          {optionLetter(i)}
        </span>
      ));
    case 'order':
    case 'match': {
      const count = question.kind === 'order' ? question.options.length : question.left.length;
      return Array.from({ length: count }, (_, i) => (
        <span key={i} className="strip-box" aria-hidden="true" />
      ));
    }
    case 'fill':
      return <span className="sheet-blank strip-line" aria-hidden="true" />;
  }
}

function SheetBody({ question, mode }: { question: Question; mode: DisplayMode }) {
  const t = useTranslations('ClassroomPrint');
  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return (
        <ul className={`sheet-options ${question.kind === 'truefalse' ? 'is-inline' : ''}`}>
          {question.options.map((o, i) => (
            <li key={o.id}>
              <span className="sheet-box" aria-hidden="true">
                {question.kind === 'multiple' ? '☐' : '○'}
              </span>{' '}
              <strong>{optionLetter(i)}.</strong> <BilingualText text={o.text} mode={mode} />
            </li>
          ))}
        </ul>
      );
    case 'fill':
      return (
        <p className="sheet-answer-line">
          {t('answerLine')}
          <span className="sheet-blank is-long" />
        </p>
      );
    case 'order':
      return (
        <>
          <ul className="sheet-options">
            {question.options.map((o, i) => (
              <li key={o.id}>
                <strong>{optionLetter(i)}.</strong> <BilingualText text={o.text} mode={mode} />
              </li>
            ))}
          </ul>
          <p className="sheet-answer-line">
            {t('orderLine')}
            {question.options.map((o, i) => (
              <span key={o.id}>
                <span className="sheet-blank is-letter" />
                {i < question.options.length - 1 ? ' → ' : ''}
              </span>
            ))}
          </p>
        </>
      );
    case 'match':
      return (
        <div className="sheet-match">
          <ol className="sheet-match-left">
            {question.left.map((l) => (
              <li key={l.id}>
                <BilingualText text={l.text} mode={mode} />{' '}
                <span className="sheet-blank is-letter" />
              </li>
            ))}
          </ol>
          <ul className="sheet-options">
            {question.options.map((o, i) => (
              <li key={o.id}>
                <strong>{optionLetter(i)}.</strong> <BilingualText text={o.text} mode={mode} />
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/** Names this module's scripts for the HTML's preload (PreloadQuizFiles.tsx, scripts/preload-chunks.ts). */
export const CHUNK_NAME = 'chunk:classroom-print';
