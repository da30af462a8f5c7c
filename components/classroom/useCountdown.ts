'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';

/**
 * Seconds left of `limit`, counted while `running`. Elapsed time is measured between ticks
 * rather than counted in ticks, so a phone that throttles a background tab still ends on time.
 * The owner keys the component per question, which starts a fresh count, from `elapsedAtStart`
 * ms (a question taken up after a reload goes on with the time it had left).
 */
export function useCountdown(
  limit: number,
  running: boolean,
  onExpire?: () => void,
  elapsedAtStart = 0,
): number {
  const elapsedRef = useRef(elapsedAtStart);
  const [elapsedMs, setElapsedMs] = useState(elapsedAtStart);
  const expired = useRef(false);
  const expire = useEffectEvent(() => {
    if (expired.current) return;
    expired.current = true;
    onExpire?.();
  });

  useEffect(() => {
    const limitMs = limit * 1000;
    if (!running || limit <= 0) return;
    // Its time ran out while the page was away.
    if (elapsedRef.current >= limitMs) {
      expire();
      return;
    }
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      elapsedRef.current += now - last;
      last = now;
      setElapsedMs(elapsedRef.current);
      if (elapsedRef.current >= limitMs) {
        window.clearInterval(id);
        expire();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, [running, limit]);

  return limit <= 0 ? 0 : Math.max(0, Math.ceil(limit - elapsedMs / 1000));
}

/** The few moments worth announcing to a screen reader, not every second. */
export function countdownMilestone(
  limit: number,
  remaining: number,
): 'ten' | 'thirty' | 'up' | null {
  if (limit <= 0) return null;
  if (remaining === 0) return 'up';
  if (remaining <= 10 && limit > 15) return 'ten';
  if (remaining <= 30 && limit > 45) return 'thirty';
  return null;
}

export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
