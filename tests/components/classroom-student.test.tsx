// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudentQuestion } from '@/components/classroom/StudentQuestion';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import en from '@/messages/en.json';

const bank = generateQuestions(loadContent(FIXTURE_ROOT), {
  seed: 3,
  deckIds: ['sco-ssc-2024-article'],
});

function questionOf<K extends Question['kind']>(kind: K): Extract<Question, { kind: K }> {
  const q = bank.find((x) => x.kind === kind);
  if (!q) throw new Error(`no ${kind} question`);
  return q as Extract<Question, { kind: K }>;
}

function renderQuestion(question: Question, secondsPerQuestion = 0, shownAt?: number) {
  const onAnswer = vi.fn();
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <StudentQuestion
        question={question}
        position={1}
        total={5}
        mode="en"
        secondsPerQuestion={secondsPerQuestion}
        shownAt={shownAt}
        onAnswer={onAnswer}
      />
    </NextIntlClientProvider>,
  );
  return { onAnswer };
}

async function wait(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

describe('StudentQuestion', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands on the answer without saying whether it is right', async () => {
    const q = questionOf('single');
    const { onAnswer } = renderQuestion(q);
    fireEvent.click(screen.getAllByRole('radio')[1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Submit and go on' }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'single', optionId: q.options[1]!.id });
    expect(screen.queryByText(/correct/i)).toBeNull();
    expect(screen.queryByText(q.explanation.en)).toBeNull();
  });

  it('labels options with the letters the projector shows, and a letter key chooses one', async () => {
    const q = questionOf('single');
    renderQuestion(q);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(q.options.length);
    radios.forEach((radio, i) => expect(radio).toHaveAccessibleName(new RegExp(`^${'ABCD'[i]} `)));
    fireEvent.keyDown(window, { key: 'c' });
    expect(screen.getAllByRole('radio')[2]).toBeChecked();
  });

  it('submits the option chosen so far when the time runs out', async () => {
    const q = questionOf('single');
    const { onAnswer } = renderQuestion(q, 10);
    expect(screen.getByRole('timer')).toHaveTextContent('0:10');
    fireEvent.click(screen.getAllByRole('radio')[0]!);
    await wait(9_000);
    expect(onAnswer).not.toHaveBeenCalled();
    await wait(1_500);
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'single', optionId: q.options[0]!.id });
    expect(screen.getByRole('timer')).toHaveTextContent('Time’s up');
  });

  it('goes on with the time a question had left before a reload, not a fresh count', async () => {
    const q = questionOf('single');
    const { onAnswer } = renderQuestion(q, 10, Date.now() - 7_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:03');
    fireEvent.click(screen.getAllByRole('radio')[1]!);
    await wait(3_500);
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'single', optionId: q.options[1]!.id });
  });

  it('hands in no answer at once for a question whose time ran out while the page was away', async () => {
    const { onAnswer } = renderQuestion(questionOf('single'), 10, Date.now() - 60_000);
    await wait(0);
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith(null);
  });

  it('counts an order left as it was shown as no answer when the time runs out', async () => {
    const { onAnswer } = renderQuestion(questionOf('order'), 5);
    await wait(5_500);
    expect(onAnswer).toHaveBeenCalledWith(null);
  });

  it('tells a screen reader of ten seconds left and of time up, not of every second', async () => {
    renderQuestion(questionOf('truefalse'), 20);
    const live = document.querySelector('.countdown [aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    await wait(5_000);
    expect(live.textContent).toBe('');
    await wait(5_200);
    expect(live.textContent).toBe('10 seconds left');
    await wait(5_000);
    expect(live.textContent).toBe('10 seconds left');
    await wait(5_000);
    expect(live.textContent).toBe('Time’s up');
  });

  it('skips with no answer', async () => {
    const { onAnswer } = renderQuestion(questionOf('fill'));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onAnswer).toHaveBeenCalledWith(null);
  });
});
