'use client';

import { useEffect, useState } from 'react';
import type { ClassroomContent, ContentHistory } from '@/lib/classroom/content-history';
import { contentOf, FileGoneError } from '@/lib/content/remote';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';

/**
 * Where a classroom page finds what it draws quizzes from: the content file every study page
 * shares and the file of content versions (app/content/[file]/route.ts). Both are fetched, with
 * the generator, when the page first needs a quiz; the service worker keeps them for offline use.
 */
export interface ClassroomSource {
  content: string;
  history: string;
}

export type Drawing = typeof import('./drawing');

/** The generator with the content and its versions, as a page draws quizzes from them. */
export interface Engine extends Drawing {
  content: ClassroomContent;
}

/** Whether this page's address names a quiz: its generator is then needed at once. */
export const addressNamesQuiz = () => /[?&]q=[^&]/.test(window.location.search);

/*
 * The generator, asked for while the page hydrates when the address names a quiz (the content
 * files are preloaded from the HTML, PreloadQuizFiles.tsx), rather than after it: on a slow phone
 * the projector's Start came a round trip and a download later.
 */
const loadDrawing = earlyModule(() => import('./drawing'), addressNamesQuiz);

const loading = new Map<string, Promise<Engine>>();

async function fetchHistory(url: string): Promise<ContentHistory> {
  const response = await fetch(url);
  if (!response.ok) {
    // Gone from the host: this tab's version was replaced (components/newVersion.ts).
    if (response.status === 404 || response.status === 410)
      throw new FileGoneError(`${url}: ${response.status}`);
    throw new Error(`${url}: ${response.status}`);
  }
  return (await response.json()) as ContentHistory;
}

/** Loads once per page load; a failed load (offline, never cached) may be tried again. */
export function loadEngine(source: ClassroomSource): Promise<Engine> {
  const key = `${source.content}|${source.history}`;
  let engine = loading.get(key);
  if (!engine) {
    engine = Promise.all([
      loadDrawing(),
      contentOf({ url: source.content }),
      fetchHistory(source.history),
    ]).then(([drawing, content, history]) => ({ ...drawing, content: { ...content, history } }));
    engine.catch(() => loading.delete(key));
    loading.set(key, engine);
  }
  return engine;
}

export type EngineState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; engine: Engine };

/**
 * The engine once loaded, when `wanted`; it starts loading the first time it is wanted. `extra`
 * is loaded beside it (the page's own quiz view), so that both come in one wait.
 */
export function useEngine(
  source: ClassroomSource,
  wanted = true,
  extra?: () => Promise<unknown>,
): EngineState {
  const [state, setState] = useState<{ key: string; state: EngineState } | null>(null);
  const key = `${source.content}|${source.history}`;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    orNewVersion(Promise.all([loadEngine(source), extra?.()])).then(
      ([engine]) => live && setState({ key, state: { status: 'ready', engine } }),
      () => live && setState({ key, state: { status: 'failed' } }),
    );
    return () => {
      live = false;
    };
    // The source is two strings: the key stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, wanted]);
  return state?.key === key ? state.state : { status: 'loading' };
}
