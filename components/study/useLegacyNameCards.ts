'use client';

import { useEffect, useState } from 'react';
import { readKey, STORAGE_KEYS } from '@/lib/storage/keys';

/**
 * Whether this device switched name cards on before they were per profile (then every session
 * has them until the learner chooses); null until read, after hydration: the exported HTML is
 * the same for everyone.
 */
export function useLegacyNameCards(): boolean | null {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOn(readKey(STORAGE_KEYS.nameCards) === '1');
  }, []);
  return on;
}
