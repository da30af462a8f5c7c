import type { Page } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import { generateQuiz } from '../../lib/questions/generate';
import type { Question } from '../../lib/questions/models';

/** The quiz the practice page shows for this seed and deck, computed here in Node. */
export function expectedQuiz(seed: number, deckId?: string): Question[] {
  return generateQuiz(loadContent(), { seed, count: 10, ...(deckId ? { deckIds: [deckId] } : {}) });
}

/**
 * Makes the quiz seeds this page draws (randomSeed: one 32-bit value each) `first`, `first + 1`, …,
 * so a test knows which quiz the browser draws; every other random draw stays random.
 */
export async function drawSeedsFrom(page: Page, first: number) {
  await page.addInitScript((start) => {
    let next = start;
    const real = crypto.getRandomValues.bind(crypto) as (array: ArrayBufferView) => ArrayBufferView;
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint32Array && array.length === 1) {
        array[0] = next++;
        return array;
      }
      return real(array as ArrayBufferView) as T;
    }) as typeof crypto.getRandomValues;
  }, first);
}

/** Gives the right answer to the question on screen, through the same controls a learner uses. */
export async function answerCorrectly(page: Page, q: Question) {
  const form = page.locator('form.quiz-card');
  switch (q.kind) {
    case 'single':
      await form.locator(`input[value="${q.answer}"]`).check();
      break;
    case 'truefalse':
      await form.locator(`input[value="${String(q.answer)}"]`).check();
      break;
    case 'multiple':
      for (const id of q.answer) await form.locator(`input[value="${id}"]`).check();
      break;
    case 'fill':
      await form.getByRole('textbox').fill(q.answer.accepted[0] ?? '');
      break;
    case 'order':
      for (let target = 0; target < q.answer.length; target++) {
        const id = q.answer[target]!;
        const ids = await form
          .locator('[data-option-id]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-option-id')));
        for (let at = ids.indexOf(id); at > target; at--) {
          await form.locator(`[data-option-id="${id}"] button`).first().click();
        }
      }
      break;
    case 'match': {
      const selects = form.locator('select');
      for (let i = 0; i < q.left.length; i++) {
        await selects.nth(i).selectOption(q.answer[q.left[i]!.id]!);
      }
      break;
    }
  }
}

/** A wrong answer, where the kind allows an obviously wrong one. */
export async function answerWrongly(page: Page, q: Question) {
  const form = page.locator('form.quiz-card');
  if (q.kind === 'single') {
    const wrong = q.options.find((o) => o.id !== q.answer)!;
    await form.locator(`input[value="${wrong.id}"]`).check();
  } else if (q.kind === 'truefalse') {
    await form.locator(`input[value="${String(!q.answer)}"]`).check();
  } else if (q.kind === 'fill') {
    await form.getByRole('textbox').fill('不知道');
  } else {
    throw new Error(`answerWrongly does not handle ${q.kind}`);
  }
}
