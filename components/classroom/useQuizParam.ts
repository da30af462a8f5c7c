'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type { ClassroomQuiz, QuizProblem } from '@/lib/classroom/quiz';
import { type ClassroomSource, useEngine } from './engine';
import { addressParam } from '@/lib/address-text';

export type QuizParam =
  /** The static page and its hydration: the address is not read yet. */
  | { status: 'unread' }
  | { status: 'missing' }
  /** A code is there; the generator and the content are on their way. */
  | { status: 'loading' }
  /** They could not be loaded (offline, and never loaded here before). */
  | { status: 'failed' }
  | { status: 'problem'; text: string; problem: QuizProblem }
  | { status: 'ready'; quiz: ClassroomQuiz };

/*
 * The address is read after hydration, not with Next's useSearchParams: that hook keeps the whole
 * page out of the exported HTML, so a student on slow Wi-Fi saw a loading line until every script
 * had run, instead of the code field. A code opened on the page goes into the address with
 * `pushQuizCode`; Back and Forward arrive as popstate.
 */
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const readSearch = () => window.location.search;
const notRead = () => null;

/** Opens a quiz on this page: `?q=CODE` in the address, as a new history entry. */
export function pushQuizCode(code: string) {
  // Next's router follows native pushState, so its own hooks stay in step.
  window.history.pushState(null, '', `?q=${encodeURIComponent(code)}`);
  for (const listener of listeners) listener();
}

/**
 * The quiz named by `?q=` on a classroom page, drawn from this device's content. The generator,
 * the content and the page's quiz view are loaded only once there is a code to open: without
 * one, a page's own scripts draw the code field and nothing more.
 */
export function useQuizParam(
  source: ClassroomSource,
  /** The page's quiz view, loaded with the generator. */
  view?: () => Promise<unknown>,
): QuizParam {
  const search = useSyncExternalStore(subscribe, readSearch, notRead);
  const text = search === null ? null : (addressParam(new URLSearchParams(search), 'q') ?? '');
  const engine = useEngine(source, Boolean(text?.trim()), view);
  return useMemo((): QuizParam => {
    if (text === null) return { status: 'unread' };
    if (!text.trim()) return { status: 'missing' };
    if (engine.status !== 'ready') return engine;
    const opened = engine.engine.openQuiz(engine.engine.content, text);
    return opened.ok
      ? { status: 'ready', quiz: opened.value }
      : { status: 'problem', text, problem: opened.problem };
  }, [engine, text]);
}
