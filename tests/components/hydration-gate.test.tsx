// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Fresh copies of the modules: the page is being hydrated and nothing has marked it yet. */
async function freshModules() {
  vi.resetModules();
  const hydrated = await import('@/components/hydrated');
  const controls = await import('@/components/ScriptControls');
  return { ...hydrated, ...controls };
}

/** A field in a gate and a gated button, as the quiz pages have them. */
function gatedControls(
  { HydrationGate, ScriptButton }: Awaited<ReturnType<typeof freshModules>>,
  onStart: () => void,
) {
  return (
    <>
      <HydrationGate>
        <input aria-label="Answer" />
      </HydrationGate>
      <ScriptButton type="button" onClick={onStart}>
        Start
      </ScriptButton>
    </>
  );
}

describe('controls that need scripts', () => {
  beforeEach(() => document.documentElement.removeAttribute('data-hydrated'));

  it('are disabled while the page hydrates, then enabled by the provider without a re-render', async () => {
    const modules = await freshModules();
    const { HydrationProvider } = modules;
    let renders = 0;
    const started = vi.fn();
    function Form() {
      renders++;
      return <form>{gatedControls(modules, started)}</form>;
    }
    const { container } = render(
      <HydrationProvider>
        <Form />
      </HydrationProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeEnabled();
    expect(container.querySelector('[data-until-hydrated]')).toBeNull();
    expect(document.documentElement).toHaveAttribute('data-hydrated', '');
    expect(renders).toBe(1);
    // React must hear the click: a button whose own props said disabled stayed dead after the
    // attribute was removed by hand (Start on a freshly loaded test page).
    const start = screen.getByRole('button', { name: 'Start' });
    expect(start).toBeEnabled();
    fireEvent.click(start);
    expect(started).toHaveBeenCalledOnce();
  });

  it('render disabled and marked before the page has hydrated', async () => {
    const { container } = render(gatedControls(await freshModules(), vi.fn()));
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
    expect(container.querySelectorAll('fieldset[data-until-hydrated]')).toHaveLength(2);
    expect(document.documentElement).not.toHaveAttribute('data-hydrated');
  });

  it('render enabled once the app has hydrated (a page opened by a move within the app)', async () => {
    const { HydrationGate, markHydrated } = await freshModules();
    markHydrated();
    render(
      <HydrationGate>
        <input aria-label="Answer" />
      </HydrationGate>,
    );
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeEnabled();
  });
});
