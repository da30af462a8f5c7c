// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SortableList } from '@/components/timeline/SortableList';
import en from '@/messages/en.json';

const LABELS = ['Alpha', 'Bravo', 'Charlie', 'Delta'];

function Harness({ onMove }: { onMove?: (from: number, to: number) => void }) {
  const [order, setOrder] = useState(LABELS);
  return (
    <SortableList
      listLabel="Events"
      disabled={false}
      items={order.map((label) => ({ id: label.toLowerCase(), label, content: label }))}
      onMove={(from, to) => {
        onMove?.(from, to);
        setOrder((current) => {
          const next = [...current];
          const [moved] = next.splice(from, 1);
          next.splice(to, 0, moved!);
          return next;
        });
      }}
    />
  );
}

function renderList(onMove?: (from: number, to: number) => void) {
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <Harness onMove={onMove} />
    </NextIntlClientProvider>,
  );
  return userEvent.setup();
}

const shownOrder = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.match(/[A-Z][a-z]+/)?.[0]);

const handle = (label: string) =>
  screen.getByRole('button', { name: new RegExp(`^Move “${label}”, now`) });
const liveRegion = () => document.querySelector('.sortable-announcer');

describe('SortableList by keyboard', () => {
  it('picks an item up with Space, moves it down with the arrow keys and drops it with Space', async () => {
    const user = renderList();
    handle('Alpha').focus();
    await user.keyboard(' ');
    expect(handle('Alpha')).toHaveAttribute('aria-pressed', 'true');
    expect(liveRegion()).toHaveTextContent('Picked up “Alpha”, at position 1 of 4.');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(shownOrder()).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
    expect(liveRegion()).toHaveTextContent('“Alpha” moved to position 3 of 4.');
    // Focus stays on the moved item, so the next key press moves it again.
    expect(handle('Alpha')).toHaveFocus();
    await user.keyboard(' ');
    expect(handle('Alpha')).toHaveAttribute('aria-pressed', 'false');
    expect(liveRegion()).toHaveTextContent('Dropped “Alpha” at position 3 of 4.');
    // Once dropped, arrow keys no longer move it.
    await user.keyboard('{ArrowDown}');
    expect(shownOrder()).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
  });

  it('picks up with Enter and moves up with the arrow key', async () => {
    const user = renderList();
    handle('Delta').focus();
    await user.keyboard('{Enter}{ArrowUp}{Enter}');
    expect(shownOrder()).toEqual(['Alpha', 'Bravo', 'Delta', 'Charlie']);
    expect(handle('Delta')).toHaveAccessibleName('Move “Delta”, now at position 3 of 4');
  });

  it('puts the item back where it was when Escape cancels the move', async () => {
    const onMove = vi.fn();
    const user = renderList(onMove);
    handle('Bravo').focus();
    await user.keyboard(' {ArrowDown}{ArrowDown}');
    expect(shownOrder()).toEqual(['Alpha', 'Charlie', 'Delta', 'Bravo']);
    await user.keyboard('{Escape}');
    expect(shownOrder()).toEqual(LABELS);
    expect(handle('Bravo')).toHaveAttribute('aria-pressed', 'false');
    expect(liveRegion()).toHaveTextContent('Move cancelled. “Bravo” is back at position 2 of 4.');
    expect(onMove).toHaveBeenLastCalledWith(3, 1);
  });

  it('does not move past either end of the list', async () => {
    const user = renderList();
    handle('Alpha').focus();
    await user.keyboard(' {ArrowUp}');
    expect(shownOrder()).toEqual(LABELS);
    await user.keyboard('{End}');
    expect(shownOrder()).toEqual(['Bravo', 'Charlie', 'Delta', 'Alpha']);
    await user.keyboard('{ArrowDown}');
    expect(shownOrder()).toEqual(['Bravo', 'Charlie', 'Delta', 'Alpha']);
  });

  it('moves with the ↑ and ↓ buttons, announces it, and disables them at the ends', async () => {
    const user = renderList();
    expect(screen.getByRole('button', { name: 'Move “Alpha” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Delta” down' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move “Alpha” down' }));
    expect(shownOrder()).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta']);
    expect(liveRegion()).toHaveTextContent('“Alpha” moved to position 2 of 4.');
    expect(screen.getByRole('button', { name: 'Move “Alpha” down' })).toHaveFocus();
  });

  it('describes the keyboard controls on every handle', () => {
    renderList();
    expect(handle('Charlie')).toHaveAccessibleDescription(/Space or Enter to pick up/);
  });
});
