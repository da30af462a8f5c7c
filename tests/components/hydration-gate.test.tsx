// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: the page is being hydrated and nothing has marked it yet. */
async function freshModule() {
  vi.resetModules();
  return import('@/components/hydrated');
}

describe('controls that need scripts', () => {
  beforeEach(() => document.documentElement.removeAttribute('data-hydrated'));

  it('are disabled while the page hydrates, then enabled by the provider without a re-render', async () => {
    const { HydrationGate, HydrationProvider, untilHydrated } = await freshModule();
    let renders = 0;
    function Form() {
      renders++;
      return (
        <form>
          <HydrationGate>
            <input aria-label="Answer" />
            <button type="button">Check</button>
          </HydrationGate>
          <button type="button" {...untilHydrated()}>
            Start
          </button>
        </form>
      );
    }
    const { container } = render(
      <HydrationProvider>
        <Form />
      </HydrationProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
    expect(container.querySelector('[data-until-hydrated]')).toBeNull();
    expect(document.documentElement).toHaveAttribute('data-hydrated', '');
    expect(renders).toBe(1);
  });

  it('render disabled and marked before the page has hydrated', async () => {
    const { HydrationGate, untilHydrated } = await freshModule();
    render(
      <>
        <HydrationGate>
          <input aria-label="Answer" />
        </HydrationGate>
        <button type="button" {...untilHydrated()}>
          Start
        </button>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveAttribute('data-until-hydrated');
    expect(document.documentElement).not.toHaveAttribute('data-hydrated');
  });

  it('render enabled once the app has hydrated (a page opened by a move within the app)', async () => {
    const { HydrationGate, markHydrated } = await freshModule();
    markHydrated();
    render(
      <HydrationGate>
        <input aria-label="Answer" />
      </HydrationGate>,
    );
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeEnabled();
  });
});
