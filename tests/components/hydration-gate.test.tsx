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

  /** The exported page: its HTML, and the <head> script, before any bundle has run. */
  async function exported(page: React.ReactElement) {
    const { EARLY_TAP_SCRIPT } = await import('@/components/earlyTaps');
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    new Function(EARLY_TAP_SCRIPT)();
    return container;
  }

  it('keep a choice as the browser made it, and hand it to React once hydrated, before the Check tapped after it', async () => {
    const { HydrationGate, HydrationProvider } = await freshModules();
    const chosen: string[] = [];
    const typed = vi.fn();
    const checked: (string | null)[] = [];
    function Quiz() {
      const [code, setCode] = useState('');
      const [choice, setChoice] = useState<string | null>(null);
      return (
        <HydrationProvider>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              checked.push(choice);
            }}
          >
            <HydrationGate>
              {['a', 'b'].map((id) => (
                <label key={id}>
                  <input
                    type="radio"
                    name="choice"
                    value={id}
                    checked={choice === id}
                    onChange={() => {
                      chosen.push(id);
                      setChoice(id);
                    }}
                  />
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
              <button type="submit" aria-disabled={choice === null}>
                Check
              </button>
            </HydrationGate>
          </form>
        </HydrationProvider>
      );
    }
    const container = await exported(<Quiz />);

    // A choice is the browser's at once (the page's CSS draws it chosen); tapping another moves it,
    // and Check says it is available.
    expect(screen.getByRole('button', { name: 'Check' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByText('Option a'));
    fireEvent.click(screen.getByText('Option b'));
    expect(screen.getByRole('radio', { name: 'Option b' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Option a' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Check' })).toHaveAttribute('aria-disabled', 'false');
    fireEvent.input(screen.getByRole('textbox', { name: 'Code' }), { target: { value: 'ABC' } });
    // Check is cancelled (no submit of the browser's own) and shows it was taken.
    const check = screen.getByRole('button', { name: 'Check' });
    fireEvent.click(check);
    expect(check).toHaveAttribute('data-early-tap', '');
    expect(checked).toEqual([]);

    // The scripts arrive: React takes the page over, and what was done is made, in order: the
    // Check reads the choice made before it.
    await act(async () => {
      hydrateRoot(container, <Quiz />);
    });
    await vi.waitFor(() => expect(checked).toEqual(['b']));
    expect(chosen).toEqual(['b']);
    expect(screen.getByRole('radio', { name: 'Option b' })).toBeChecked();
    expect(typed).toHaveBeenLastCalledWith('ABC');
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('ABC');
    expect(document.querySelector('[data-early-tap]')).toBeNull();
    // Once hydrated, taps go straight to the app.
    await act(async () => {
      fireEvent.click(screen.getByText('Option a'));
    });
    expect(chosen).toEqual(['b', 'a']);
    expect(checked).toEqual(['b']);
    container.remove();
  });

  it('skip a choice undone before hydration: a checkbox tapped twice is not chosen', async () => {
    const { HydrationGate, HydrationProvider } = await freshModules();
    const toggled = vi.fn();
    function Box() {
      const [on, setOn] = useState(false);
      return (
        <HydrationProvider>
          <HydrationGate>
            <label>
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => {
                  setOn(e.target.checked);
                  toggled(e.target.checked);
                }}
              />
              Names
            </label>
          </HydrationGate>
        </HydrationProvider>
      );
    }
    const container = await exported(<Box />);
    fireEvent.click(screen.getByText('Names'));
    fireEvent.click(screen.getByText('Names'));
    expect(screen.getByRole('checkbox', { name: 'Names' })).not.toBeChecked();
    await act(async () => {
      hydrateRoot(container, <Box />);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(toggled).not.toHaveBeenCalled();
    container.remove();
  });

  it('show the part a control reveals at once, and make the tap once hydrated', async () => {
    const { HydrationGate, HydrationProvider } = await freshModules();
    const { EARLY_REVEALS } = await import('@/components/earlyTaps');
    const graded: string[] = [];
    function Card() {
      const [flipped, setFlipped] = useState(false);
      return (
        <HydrationProvider>
          <p>Front</p>
          <div id="back" hidden={!flipped}>
            <p>Answer</p>
            <HydrationGate>
              <button
                type="button"
                onClick={() => {
                  if (flipped) graded.push('good');
                }}
              >
                Good
              </button>
            </HydrationGate>
          </div>
          {flipped ? null : (
            <HydrationGate>
              <button
                type="button"
                onClick={() => setFlipped(true)}
                {...{ [EARLY_REVEALS]: 'back' }}
              >
                Show answer
              </button>
            </HydrationGate>
          )}
        </HydrationProvider>
      );
    }
    const container = await exported(<Card />);
    expect(screen.queryByText('Answer')).not.toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByText('Answer')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Good' }));
    expect(graded).toEqual([]);
    await act(async () => {
      hydrateRoot(container, <Card />);
    });
    await vi.waitFor(() => expect(graded).toEqual(['good']));
    expect(screen.getByText('Answer')).toBeVisible();
    container.remove();
  });
});
