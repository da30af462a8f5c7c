// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { QuizCard } from '@/components/QuizCard';
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

function renderCard(question: Question, mode: 'zh' | 'en' | 'both' = 'en', position = 1) {
  const onAnswered = vi.fn();
  const onNext = vi.fn();
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <DisplayLanguageProvider initial={mode}>
        <QuizCard
          question={question}
          position={position}
          total={10}
          onAnswered={onAnswered}
          onNext={onNext}
          isLast={false}
        />
      </DisplayLanguageProvider>
    </NextIntlClientProvider>,
  );
  return { onAnswered, onNext, user: userEvent.setup() };
}

describe('QuizCard', () => {
  it('keeps Check unavailable until an option is chosen, yet tappable (a tap before hydration is kept)', async () => {
    const q = questionOf('single');
    const { user, onAnswered } = renderCard(q);
    const check = screen.getByRole('button', { name: 'Check' });
    expect(check).toHaveAttribute('aria-disabled', 'true');
    expect(check).not.toHaveAttribute('disabled');
    await user.click(check);
    expect(onAnswered).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: /correct/i })).toBeNull();
    await user.click(screen.getAllByRole('radio')[0]!);
    expect(check).toHaveAttribute('aria-disabled', 'false');
    await user.click(check);
    expect(onAnswered).toHaveBeenCalledOnce();
  });

  it('after Check, says of each right option of a multiple-choice question whether it was picked', async () => {
    const q = bank.find(
      (x): x is Extract<Question, { kind: 'multiple' }> =>
        x.kind === 'multiple' && x.answer.length >= 2,
    );
    if (!q) throw new Error('no multiple-choice question with two right options');
    const { user } = renderCard(q);
    const [picked, missed] = q.answer.map((id) => q.options.find((o) => o.id === id)!);
    await user.click(screen.getByRole('checkbox', { name: new RegExp(escape(picked!.text.en)) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const row = (text: string) =>
      screen.getByRole('checkbox', { name: new RegExp(escape(text)) }).closest('label')!;
    expect(row(picked!.text.en)).toHaveTextContent('your choice, correct');
    expect(row(missed!.text.en)).toHaveTextContent('correct answer, missed');
  });

  it('marks a right single-choice answer correct and shows the explanation and source', async () => {
    const q = questionOf('single');
    const { user, onAnswered } = renderCard(q);
    const right = q.options.find((o) => o.id === q.answer)!;
    await user.click(screen.getByRole('radio', { name: new RegExp(escape(right.text.en)) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith(true, { kind: 'single', optionId: q.answer });
    expect(screen.getByText('Correct')).toBeInTheDocument();
    expect(screen.getByText(q.explanation.en)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(escape(q.sources[0]!.publication.en)))).toBeInTheDocument();
  });

  it('shows the right answer after a wrong one', async () => {
    const q = questionOf('single');
    const { user, onAnswered } = renderCard(q);
    const wrong = q.options.find((o) => o.id !== q.answer)!;
    await user.click(screen.getByRole('radio', { name: new RegExp(escape(wrong.text.en)) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith(false, expect.anything());
    expect(screen.getByText('Not quite')).toBeInTheDocument();
    const right = q.options.find((o) => o.id === q.answer)!;
    expect(screen.getByText(`Answer: ${right.text.en}`)).toBeInTheDocument();
  });

  it('accepts a typed answer in another script and with full-width digits', async () => {
    const q = bank.find((x) => x.kind === 'fill' && x.answer.numeric) as Extract<
      Question,
      { kind: 'fill' }
    >;
    const { user, onAnswered } = renderCard(q);
    const fullWidth = q.answer.accepted[0]!.replace(/[0-9]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), fullWidth);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith(true, expect.anything());
  });

  it('focuses the heading of the first question of a round, even a fill-in', () => {
    renderCard(questionOf('fill'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('puts focus in the text box of a fill-in reached with Next, described by the question', () => {
    const fill = questionOf('fill');
    renderCard(fill, 'en', 2);
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    expect(box).toHaveFocus();
    // A screen reader reads the question with the box it lands in.
    expect(box).toHaveAccessibleDescription(expect.stringContaining(fill.prompt.en));
  });

  it('hints at the kind of answer a blank takes: a year is asked as a year, a name as a name', () => {
    const fills = generateQuestions(loadContent(FIXTURE_ROOT), { seed: 3, kinds: ['fill'] });
    for (const hint of ['year', 'name'] as const) {
      const fill = fills.find((x) => x.kind === 'fill' && x.answer.hint === hint)!;
      const { unmount } = render(
        <NextIntlClientProvider locale="en" messages={en}>
          <DisplayLanguageProvider initial="en">
            <QuizCard
              question={fill}
              position={2}
              total={10}
              onAnswered={vi.fn()}
              onNext={vi.fn()}
              isLast={false}
            />
          </DisplayLanguageProvider>
        </NextIntlClientProvider>,
      );
      const box = screen.getByRole('textbox', { name: 'Your answer' });
      expect(box).toHaveAccessibleDescription(expect.stringContaining(en.Quiz.fillHints[hint]));
      expect(box).not.toHaveAccessibleDescription(expect.stringContaining('第'));
      unmount();
    }
  });

  it('keeps focus on the heading for a later question that is not a fill-in', () => {
    renderCard(questionOf('single'), 'en', 2);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('picks an option with a number key and checks with Enter', async () => {
    const q = questionOf('truefalse');
    const { user, onAnswered, onNext } = renderCard(q);
    await user.keyboard('1');
    expect(screen.getAllByRole('radio')[0]).toBeChecked();
    await user.keyboard('{Enter}');
    expect(onAnswered).toHaveBeenCalledWith(q.answer === true, { kind: 'truefalse', value: true });
    await user.keyboard('{Enter}');
    expect(onNext).toHaveBeenCalled();
  });

  it('reorders events with the move buttons', async () => {
    const q = questionOf('order');
    const { user, onAnswered } = renderCard(q);
    const second = q.options[1]!;
    await user.click(screen.getByRole('button', { name: `Move “${second.text.en}” up` }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const [[, response]] = onAnswered.mock.calls as [[boolean, { optionIds: string[] }]];
    expect(response.optionIds[0]).toBe(second.id);
  });

  it('keeps focus on a moved event’s arrow, so Enter moves it again and does not check', async () => {
    const q = questionOf('order');
    const { user, onAnswered } = renderCard(q);
    const first = q.options[0]!;
    const down = screen.getByRole('button', { name: `Move “${first.text.en}” down` });
    down.focus();
    for (let i = 1; i < q.options.length; i++) {
      await user.keyboard('{Enter}');
      const ids = [...document.querySelectorAll('[data-option-id]')].map((el) =>
        el.getAttribute('data-option-id'),
      );
      expect(ids.indexOf(first.id)).toBe(i);
      // At the bottom its down arrow is disabled: focus goes to its up arrow.
      const name = i < q.options.length - 1 ? 'down' : 'up';
      expect(screen.getByRole('button', { name: `Move “${first.text.en}” ${name}` })).toHaveFocus();
    }
    await user.keyboard(' ');
    expect(document.querySelectorAll('[data-option-id]')[q.options.length - 2]).toHaveAttribute(
      'data-option-id',
      first.id,
    );
    expect(onAnswered).not.toHaveBeenCalled();
  });

  it('cites the source of each fact an ordering question explains', async () => {
    const q = bank.find((x) => x.kind === 'order' && x.sources.length > 1)!;
    const { user } = renderCard(q);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const cited = screen.getByText(/^Source:/);
    for (const s of q.sources) expect(cited).toHaveTextContent(s.publication.en);
  });

  it('shows both languages with their lang attributes when asked', () => {
    renderCard(questionOf('single'), 'both');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.querySelector('[lang="zh-CN"]')).not.toBeNull();
    expect(heading.querySelector('[lang="en"]')).not.toBeNull();
  });
  it("says a note in place of the question's position, read with the prompt (Learn mode)", () => {
    const q = questionOf('single');
    render(
      <NextIntlClientProvider locale="en" messages={en}>
        <DisplayLanguageProvider initial="en">
          <QuizCard
            question={q}
            position={5}
            total={10}
            onAnswered={() => {}}
            onNext={() => {}}
            isLast={false}
            note="Again: you missed this one"
          />
        </DisplayLanguageProvider>
      </NextIntlClientProvider>,
    );
    expect(screen.queryByText('Question 5 of 10')).toBeNull();
    expect(screen.getByRole('heading', { name: q.prompt.en })).toHaveAccessibleDescription(
      'Again: you missed this one',
    );
  });

  it('shows the position and describes nothing without a note', () => {
    const q = questionOf('single');
    renderCard(q, 'en', 5);
    expect(screen.getByText('Question 5 of 10')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: q.prompt.en })).not.toHaveAttribute(
      'aria-describedby',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
