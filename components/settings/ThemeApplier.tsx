'use client';

import { useEffect } from 'react';
import { useProgress } from '@/components/progress/ProgressProvider';

/**
 * Keeps <html data-theme data-motion> in step with the active profile's settings, after the
 * head script has set them for the first paint. Renders nothing.
 */
export function ThemeApplier() {
  const { progress } = useProgress();
  const theme = progress?.profile.settings.theme;
  const motion = progress?.profile.settings.motion;
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    if (motion) document.documentElement.dataset.motion = motion;
  }, [theme, motion]);
  return null;
}
