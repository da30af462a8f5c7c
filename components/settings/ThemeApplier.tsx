'use client';

import { useEffect } from 'react';
import { useProgress } from '@/components/progress/ProgressProvider';

/**
 * Puts a setting on <html> as `data-NAME`, or takes it off for 'system', which the stylesheet
 * treats as no attribute. Only a real change touches the attribute: the stylesheet has rules such
 * as `:root[data-motion='reduce'] *`, so any write to one restyles the whole page, and a first
 * visit would pay that for nothing.
 */
function applySetting(name: 'theme' | 'motion', value: string | undefined): void {
  if (!value) return;
  const root = document.documentElement;
  const wanted = value === 'system' ? undefined : value;
  if (root.dataset[name] === wanted) return;
  if (wanted === undefined) delete root.dataset[name];
  else root.dataset[name] = wanted;
}

/**
 * Keeps <html data-theme data-motion> in step with the active profile's settings, after the
 * head script has set them for the first paint. Renders nothing.
 */
export function ThemeApplier() {
  const { progress } = useProgress();
  const theme = progress?.profile.settings.theme;
  const motion = progress?.profile.settings.motion;
  useEffect(() => applySetting('theme', theme), [theme]);
  useEffect(() => applySetting('motion', motion), [motion]);
  return null;
}
