// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { NextIntlClientProvider } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { QuizCodeForm } from '@/components/classroom/QuizCodeForm';
import { markHydrated } from '@/components/hydrated';
import { groupCode } from '@/lib/classroom/base32';
import { LATEST_RULES } from '@/lib/questions/rules';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { quizCodeAs, quizData } from '../unit/classroom-fixtures';

/** A sound code from a newer app, drawn by generator rules this one does not have yet. */
const fromNewerApp = groupCode(
  quizCodeAs(3, fc.sample(quizData, { numRuns: 1, seed: 5 })[0]!, LATEST_RULES + 1),
);

function renderForm(locale: 'zh' | 'en') {
  const onOpen = vi.fn();
  render(
    <NextIntlClientProvider locale={locale} messages={locale === 'zh' ? zh : en}>
      <QuizCodeForm onOpen={onOpen} />
    </NextIntlClientProvider>,
  );
  return { onOpen };
}

describe('the quiz code field', () => {
  beforeAll(markHydrated);

  it('says a code drawn by newer generator rules needs a reload, and keeps the code typed', () => {
    const { onOpen } = renderForm('en');
    const field = screen.getByRole('textbox', { name: 'Quiz code or link' });
    fireEvent.change(field, { target: { value: fromNewerApp } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This code was made by a newer version of the app. Reload the page',
    );
    expect(field).toHaveValue(fromNewerApp);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('says so in Chinese too', () => {
    renderForm('zh');
    const field = screen.getByRole('textbox');
    fireEvent.change(field, { target: { value: fromNewerApp } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('alert')).toHaveTextContent('这个代码由更新版本的应用生成。请刷新页面');
  });
});
