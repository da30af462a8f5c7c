'use client';

import type { ComponentProps } from 'react';
import { HydrationGate } from './hydrated';

/*
 * Controls whose work needs scripts, disabled in the exported HTML until the page has hydrated.
 * The gate is a fieldset around the control, never the control's own disabled prop: React drops
 * a click on an element whose props say disabled, so a button enabled by hand would stay dead
 * until something re-rendered it (Start on a freshly loaded test page did nothing).
 */

export function ScriptButton(props: ComponentProps<'button'>) {
  return (
    <HydrationGate>
      <button {...props} />
    </HydrationGate>
  );
}

export function ScriptSelect(props: ComponentProps<'select'>) {
  return (
    <HydrationGate>
      <select {...props} />
    </HydrationGate>
  );
}
