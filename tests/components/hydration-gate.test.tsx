// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
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

  it('are marked while the page hydrates, then unmarked by the provider without a re-render', async () => {
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
    const start = screen.getByRole('button', { name: 'Start' });
    fireEvent.click(start);
    expect(started).toHaveBeenCalledOnce();
  });

  it('render enabled and marked before the page has hydrated: a tap is never refused', async () => {
    const { container } = render(gatedControls(await freshModules(), vi.fn()));
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
    expect(container.querySelectorAll('fieldset[data-until-hydrated]')).toHaveLength(2);
    expect(document.documentElement).not.toHaveAttribute('data-hydrated');
  });

  it('render unmarked once the app has hydrated (a page opened by a move within the app)', async () => {
    const { HydrationGate, markHydrated } = await freshModules();
    markHydrated();
    const { container } = render(
      <HydrationGate>
        <input aria-label="Answer" />
      </HydrationGate>,
    );
    expect(container.querySelector('[data-until-hydrated]')).toBeNull();
  });
});

describe('taps before hydration (components/earlyTaps.ts)', () => {
  beforeEach(() => document.documentElement.removeAttribute('data-hydrated'));

  it('are kept, shown as taken, and made again in order once the page has hydrated', async () => {
    const { HydrationGate, HydrationProvider } = await freshModules();
    const { EARLY_TAP_SCRIPT } = await import('@/components/earlyTaps');
    const chosen: string[] = [];
    const typed = vi.fn();
    const submitted = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    function Quiz() {
      const [code, setCode] = useState('');
      return (
        <HydrationProvider>
          <form onSubmit={submitted}>
            <HydrationGate>
              {['a', 'b'].map((id) => (
                <label key={id}>
                  <input type="radio" name="choice" value={id} onChange={() => chosen.push(id)} />
                  Option {id}
                </label>
              ))}
              <input
                aria-label="Code"
                value={code}
                onChange={(e) => {
                  setCode(e.target.value);
                  typed(e.target.value);
                }}
              />
              <button type="submit">Check</button>
            </HydrationGate>
          </form>
        </HydrationProvider>
      );
    }
    // The exported page: its HTML, and the <head> script, before any bundle has run.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Quiz />);
    document.body.append(container);
    new Function(EARLY_TAP_SCRIPT)();

    const optionB = screen.getByText('Option b');
    fireEvent.click(optionB);
    fireEvent.input(screen.getByRole('textbox', { name: 'Code' }), { target: { value: 'ABC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    // The browser's own action is cancelled (no choice React does not know of, no submit of its
    // own), and the tap shows it was taken.
    expect(screen.getByRole('radio', { name: 'Option b' })).not.toBeChecked();
    expect(optionB.closest('label')).toHaveAttribute('data-early-tap', '');

    // The scripts arrive: React takes the page over, and the kept taps are made, in order.
    await act(async () => {
      hydrateRoot(container, <Quiz />);
    });
    expect(chosen).toEqual(['b']);
    expect(screen.getByRole('radio', { name: 'Option b' })).toBeChecked();
    expect(typed).toHaveBeenLastCalledWith('ABC');
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('ABC');
    expect(submitted).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-early-tap]')).toBeNull();
    // Once hydrated, taps go straight to the app.
    fireEvent.click(screen.getByText('Option a'));
    expect(chosen).toEqual(['b', 'a']);
    expect(submitted).toHaveBeenCalledOnce();
    container.remove();
  });
});
