'use client';

import type { ComponentProps } from 'react';
import { untilHydrated } from './hydrated';

/** A button whose work needs scripts: disabled in the exported HTML until the page has hydrated. */
export function ScriptButton(props: ComponentProps<'button'>) {
  return <button {...props} {...untilHydrated()} />;
}

/** A select whose work needs scripts: disabled in the exported HTML until the page has hydrated. */
export function ScriptSelect(props: ComponentProps<'select'>) {
  return <select {...props} {...untilHydrated()} />;
}
