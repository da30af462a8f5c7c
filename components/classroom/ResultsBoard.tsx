'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { BilingualText } from '@/components/DisplayLanguage';
import { answerLabel, describeCorrectAnswer } from '@/lib/classroom/answers';
import { classCsv } from '@/lib/classroom/csv';
import { textIn } from '@/lib/display';
import type { ClassroomQuiz } from '@/lib/classroom/quiz';
import { codeFromInput } from '@/lib/classroom/links';
import {
  encodeResultCode,
  formatResultDay,
  normalizeNickname,
  type StudentResult,
} from '@/lib/classroom/result-code';
import {
  checkResultCode,
  formatDuration,
  gradeResult,
  MIN_SECONDS_PER_ANSWER,
  mergeCodeText,
  type RowFlag,
  rowFlags,
  splitCodes,
  type StudentRow,
  summarizeClass,
} from '@/lib/classroom/results';
import { storeQuizSnapshot } from '@/lib/classroom/quiz-snapshot';
import { parseClassNames } from '@/lib/classroom/roster';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';
import { KeptQuizNotice } from './KeptQuizNotice';
import { keptQuizView } from './KeptQuizView';
import type { QuizViewProps } from './quizPage';
import { CodeProblemText } from './CodeProblemText';
import { ClassPicker } from './ClassPicker';
import { PaperEntry } from './PaperEntry';
import { RosterPanel } from './RosterPanel';
import { QuizSummary } from './QuizSummary';
import { ResultScanner, type ScanOutcome } from './ResultScanner';
import { addressParam, echoText } from '@/lib/address-text';

/** The results page's view of a code the content cannot draw (keptQuiz.tsx). */
export const KeptResults = keptQuizView();

/** The class the results go to, and its results: one quiz's results in two classes do not mix. */
export function ClassResults({ quiz, kept }: QuizViewProps) {
  const t = useTranslations('ClassroomResults');
  const classesKey = STORAGE_KEYS.classroomClasses(quiz.code);
  const currentKey = STORAGE_KEYS.classroomCurrentClass(quiz.code);
  const [className, setClassName] = useState(() => readKey(currentKey) ?? '');
  const [classes, setClasses] = useState(() => parseClassNames(readKey(classesKey)));
  // A scanned result link is added once, to the class open when the page opened.
  const [scanned] = useState(() => addressParam(new URLSearchParams(window.location.search), 'r'));
  const [opened] = useState(className);
  // Kept for the day the content can no longer draw this quiz (a deck it used is deleted).
  useEffect(() => {
    if (!kept) storeQuizSnapshot(quiz);
  }, [quiz, kept]);

  function choose(name: string) {
    setClassName(name);
    writeKey(currentKey, name || null);
    if (name && !classes.includes(name)) {
      const next = [...classes, name];
      setClasses(next);
      writeKey(classesKey, JSON.stringify(next));
    }
  }

  return (
    <>
      {kept ? <KeptQuizNotice problem={kept}>{t('keptQuiz')}</KeptQuizNotice> : null}
      <ClassPicker current={className} classes={classes} onChoose={choose} />
      <ResultsBoard
        key={className}
        quiz={quiz}
        className={className}
        scanned={className === opened ? scanned : null}
      />
    </>
  );
}

function downloadText(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ResultsBoard({
  quiz,
  className,
  scanned,
}: {
  quiz: ClassroomQuiz;
  className: string;
  /** A result code from a scanned link, to add if it is new. */
  scanned: string | null;
}) {
  const t = useTranslations('ClassroomResults');
  const id = useId();
  const storageKey = STORAGE_KEYS.classroomCodes(quiz.code, className);
  // This part renders only in the browser (it waits for the query), so storage is there to read.
  const [initial] = useState(() => {
    const saved = readKey(storageKey) ?? '';
    // A link whose code is no result of this quiz adds nothing, and says why.
    const checked = scanned ? checkResultCode(quiz, codeFromInput(scanned, 'r').trim()) : null;
    const problem = checked && !checked.ok ? checked.problem : null;
    const known = new Set(splitCodes(saved).map((c) => c.text.replace(/[-\s]/g, '').toUpperCase()));
    const fresh = scanned && !problem && !known.has(scanned.replace(/[-\s]/g, '').toUpperCase());
    return {
      text: fresh ? `${saved.trimEnd()}${saved.trim() ? '\n' : ''}${scanned}\n` : saved,
      added: Boolean(fresh),
      problem,
    };
  });
  const [text, setText] = useState(initial.text);
  // How many results the last paste or edit of the box added: the box has no button to press.
  const [justAdded, setJustAdded] = useState(0);
  // What Clear took away, until the next edit: Undo puts it back.
  const [cleared, setCleared] = useState<string | null>(null);

  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  // The codes as the scanner last left them: two phones read before the next render both count.
  const latestText = useRef(text);

  useEffect(() => {
    latestText.current = text;
    writeKey(storageKey, text.trim() ? text : null);
  }, [storageKey, text]);

  /** Adds a result unless the same one is in already: a scanned phone or a typed paper sheet. */
  const addResult = useCallback(
    (result: StudentResult): { added: boolean; note: string } => {
      const name = result.nickname || t('noNickname');
      const code = encodeResultCode(quiz, result);
      const current = latestText.current;
      if (summarizeClass(quiz, current).rows.some((r) => r.code === code)) {
        return { added: false, note: t('scanDuplicate', { name }) };
      }
      const next = `${current.trimEnd()}${current.trim() ? '\n' : ''}${code}\n`;
      latestText.current = next;
      setText(next);
      setCleared(null);
      setJustAdded(0);
      const { score } = gradeResult(quiz, result.answers);
      return {
        added: true,
        note: t('scanAdded', { name, score, total: quiz.questions.length }),
      };
    },
    [quiz, t],
  );

  const takeScanned = useCallback(
    (scanned: string): ScanOutcome => {
      const checked = checkResultCode(quiz, codeFromInput(scanned, 'r').trim());
      if (!checked.ok) {
        return {
          kind: 'problem',
          note: (
            <>
              {t('scanNotAdded')}
              <CodeProblemText problem={checked.problem} expected="result" />
            </>
          ),
        };
      }
      const { added, note } = addResult(checked.value);
      return { kind: added ? 'added' : 'duplicate', note };
    },
    [quiz, t, addResult],
  );

  // Another results tab of this quiz added codes (a scanned link opens one): take them in, so
  // that this tab's next write does not drop them. A clear there does not clear here.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== storageKey || !event.newValue) return;
      const theirs = event.newValue;
      setText((ours) => mergeCodeText(ours, theirs));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storageKey]);

  // The scanned code is kept now; dropping it from the address stops a reload adding it again.
  useEffect(() => {
    if (scanned) window.history.replaceState(null, '', `?q=${quiz.code}`);
  }, [scanned, quiz.code]);

  const summary = useMemo(() => summarizeClass(quiz, text), [quiz, text]);
  const total = quiz.questions.length;
  const nameOf = (row: StudentRow) =>
    row.nickname || `${t('noNickname')} ${t('line', { line: row.line })}`;
  const flags = rowFlags(quiz, summary.rows);
  const flagText = (flag: RowFlag, row: StudentRow): string => {
    switch (flag) {
      case 'retake':
        return t('flagAttempt', { attempt: row.attempt ?? 2 });
      case 'same-name':
        return t('flagRetake');
      case 'too-fast':
        return t('flagTooFast');
      case 'over-time':
        return t('flagOverTime');
    }
  };
  const anyFlagged = summary.rows.some((r) => (flags.get(r) ?? []).length > 0);
  const ranked = [...summary.rows].sort((a, b) => b.score - a.score || a.seconds - b.seconds);

  function downloadCsv() {
    const mode = quiz.language;
    const csv = classCsv(
      summary.rows.map((r) => ({
        name: nameOf(r),
        score: r.score,
        seconds: r.seconds,
        // The day on the student's phone when they finished; codes sent before codes carried it
        // (and paper sheets) have none, and are left blank rather than dated wrongly.
        date: r.day === undefined ? '' : formatResultDay(r.day),
        attempt: r.attempt ?? 1,
        correct: r.correct,
        answers: quiz.questions.map((q, i) => {
          const a = r.answers[i];
          return a ? answerLabel(q, a) : null;
        }),
      })),
      summary.questions.map((s) => ({
        text: textIn(s.question.prompt, mode),
        correctAnswer: textIn(describeCorrectAnswer(s.question), mode),
        correctRate: s.correctRate,
        mostChosenWrong: s.mostChosenWrong
          ? [
              s.mostChosenWrong.label,
              s.mostChosenWrong.text && textIn(s.mostChosenWrong.text, mode),
            ]
              .filter(Boolean)
              .join(' ')
          : null,
        mostChosenWrongCount: s.mostChosenWrong?.count ?? 0,
      })),
      {
        name: t('csvName'),
        score: t('csvScore'),
        outOf: t('csvOutOf'),
        percent: t('csvPercent'),
        seconds: t('csvSeconds'),
        date: t('csvDate'),
        attempt: t('csvAttempt'),
        question: (n) => t('csvQuestion', { n }),
        questionCorrect: (n) => t('csvQuestionCorrect', { n }),
        number: t('csvNumber'),
        questionText: t('csvQuestionText'),
        correctAnswer: t('csvCorrectAnswer'),
        correctPercent: t('csvCorrectPercent'),
        mostChosenWrong: t('csvMostChosenWrong'),
        chosenBy: t('csvChosenBy'),
      },
    );
    downloadText(csv, t('csvFile', { code: quiz.code }));
  }

  return (
    <div className="results">
      <div className="classroom-panel">
        <QuizSummary quiz={quiz} />
      </div>
      {/* The codes box and the paper sheet each have a heading: a code pasted here counts at
          once, and the paper sheet's button below is for the paper sheet only. */}
      <section className="classroom-panel results-codes" aria-labelledby={`${id}-codes`}>
        <h2 id={`${id}-codes`}>{t('codesHeading')}</h2>
        <p className="hint">{t('intro')}</p>
        <label htmlFor={`${id}-textarea`} className="field-label">
          {t('codesLabel')}
        </label>
        <textarea
          id={`${id}-textarea`}
          className="codes-input"
          value={text}
          aria-invalid={summary.issues.length > 0}
          aria-describedby={
            summary.issues.length > 0 ? `${id}-issues ${id}-codes-live` : `${id}-codes-live`
          }
          onChange={(e) => {
            const next = e.target.value;
            const before = summary.rows.length;
            setJustAdded(Math.max(0, summarizeClass(quiz, next).rows.length - before));
            setText(next);
            setCleared(null);
          }}
          rows={6}
          spellCheck={false}
          autoCapitalize="characters"
          autoComplete="off"
          translate="no"
        />
        {/* What is wrong with a line sits under the box it is in, where the teacher is looking;
            the status below says how many lines it holds, for a screen reader. */}
        {summary.issues.length > 0 ? (
          <div className="results-issues" id={`${id}-issues`}>
            <h3>{t('issuesHeading')}</h3>
            <ul>
              {summary.issues.map((issue) => (
                <li key={`${issue.line}:${issue.text}`}>
                  <strong>{t('line', { line: issue.line })}</strong>{' '}
                  <code translate="no">
                    {issue.text.length > 24 ? `${issue.text.slice(0, 22)}…` : issue.text}
                  </code>
                  {' — '}
                  <CodeProblemText problem={issue.problem} expected="result" />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="hint" id={`${id}-codes-live`}>
          {t('codesLive')}
        </p>
        <div className="results-actions">
          {cleared !== null ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setText(mergeCodeText(cleared, text));
                setCleared(null);
                setJustAdded(0);
              }}
            >
              {t('undoClear')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setCleared(text);
                setText('');
                setJustAdded(0);
              }}
              disabled={!text.trim()}
            >
              {t('clear')}
            </button>
          )}
          {scanning ? null : (
            <button
              ref={scanButton}
              type="button"
              className="button"
              onClick={() => setScanning(true)}
            >
              {t('scan')}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={downloadCsv}
            disabled={summary.rows.length === 0}
          >
            {t('csv')}
          </button>
        </div>
        <div role="status" className="results-status">
          {initial.added ? <p>{t('addedFromLink')}</p> : null}
          {initial.problem && scanned ? (
            <p className="code-problem">
              {t('linkNotAdded', { code: echoText(scanned) })}{' '}
              <CodeProblemText problem={initial.problem} expected="result" />
            </p>
          ) : null}
          {cleared !== null ? <p>{t('cleared', { count: splitCodes(cleared).length })}</p> : null}
          {justAdded > 0 ? <p>{t('justAdded', { count: justAdded })}</p> : null}
          {summary.issues.length > 0 ? (
            <p className="results-issues-count">
              {t('issuesCount', { count: summary.issues.length })}
            </p>
          ) : null}
          {summary.rows.length > 0 ? (
            <p>
              {t('counted', {
                count: summary.rows.length,
                average: (summary.averageScore ?? 0).toFixed(1),
                total,
              })}
            </p>
          ) : summary.issues.length === 0 ? (
            <p>{t('empty')}</p>
          ) : null}
        </div>
      </section>

      {scanning ? (
        <ResultScanner
          count={summary.rows.length}
          onCode={takeScanned}
          onClose={() => {
            setScanning(false);
            // The button comes back once the scanner is gone: focus goes back to it.
            window.requestAnimationFrame(() => scanButton.current?.focus());
          }}
        />
      ) : null}

      <RosterPanel className={className} nicknames={summary.rows.map((r) => r.nickname)} />

      <PaperEntry
        quiz={quiz}
        onAdd={(nickname, answers) =>
          // A paper sheet has no time: 0 seconds, shown as "paper".
          addResult({ nickname: normalizeNickname(nickname), seconds: 0, answers }).note
        }
      />

      {summary.rows.length > 0 ? (
        <>
          <section className="classroom-panel" aria-labelledby={`${id}-class`}>
            <h2 id={`${id}-class`}>{t('classHeading')}</h2>
            {anyFlagged ? (
              <p className="notice">{t('flagsNote', { seconds: MIN_SECONDS_PER_ANSWER })}</p>
            ) : null}
            {summary.sharedNicknames.map((s) => (
              <p key={s.nickname} className="notice">
                {t('sharedNickname', { nickname: s.nickname, lines: s.lines.join(', ') })}
              </p>
            ))}
            <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-class`}>
              <table className="results-table class-table">
                <thead>
                  <tr>
                    <th scope="col">{t('colName')}</th>
                    <th scope="col" className="num">
                      {t('colScore')}
                    </th>
                    <th scope="col" className="num">
                      {t('colTime')}
                    </th>
                    <th scope="col" className="num">
                      {t('colLine')}
                    </th>
                    {anyFlagged ? <th scope="col">{t('colNotes')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {ranked.map((row) => (
                    <tr key={row.code}>
                      <th scope="row" className={row.nickname ? '' : 'is-anonymous'}>
                        {row.nickname || t('noNickname')}
                      </th>
                      <td className="num">{t('scoreValue', { score: row.score, total })}</td>
                      <td className="num">
                        {row.seconds === 0 ? t('noTime') : formatDuration(row.seconds)}
                      </td>
                      <td className="num">{row.line}</td>
                      {anyFlagged ? (
                        <td className="row-flags">
                          {(flags.get(row) ?? []).map((f) => (
                            <span key={f} className={`row-flag flag-${f}`}>
                              {flagText(f, row)}
                            </span>
                          ))}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="classroom-panel" aria-labelledby={`${id}-questions`}>
            <h2 id={`${id}-questions`}>{t('questionsHeading')}</h2>
            <div
              className="table-scroll"
              tabIndex={0}
              role="group"
              aria-labelledby={`${id}-questions`}
            >
              <table className="results-table question-table">
                <thead>
                  <tr>
                    <th scope="col">{t('colQuestion')}</th>
                    <th scope="col">{t('colRate')}</th>
                    <th scope="col">{t('colWrong')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.questions.map((s, i) => {
                    const percent = Math.round((s.correctRate ?? 0) * 100);
                    const wrong = s.mostChosenWrong;
                    return (
                      <tr key={s.question.id}>
                        <th scope="row">
                          <span className="question-number">{i + 1}.</span>{' '}
                          <BilingualText text={s.question.prompt} mode={quiz.language} />
                        </th>
                        <td className="rate-cell" data-label={t('colRate')}>
                          <span className="rate-bar" aria-hidden="true">
                            <span style={{ width: `${percent}%` }} />
                          </span>
                          {t('rate', { percent, correct: s.correct, total: summary.rows.length })}
                        </td>
                        <td data-label={t('colWrong')}>
                          {wrong ? (
                            <>
                              <strong translate="no">{wrong.label}</strong>
                              {wrong.text ? (
                                <>
                                  {' '}
                                  <BilingualText text={wrong.text} mode={quiz.language} />
                                </>
                              ) : null}{' '}
                              <span className="picked">{t('picked', { count: wrong.count })}</span>
                            </>
                          ) : (
                            t('noWrong')
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}

/** Names this module's scripts for the HTML's preload (PreloadQuizFiles.tsx, scripts/preload-chunks.ts). */
export const CHUNK_NAME = 'chunk:classroom-results';
