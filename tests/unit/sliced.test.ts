import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { generateQuiz, quizSteps } from '@/lib/questions/generate';
import { runInSlices } from '@/lib/questions/sliced';

/** A generator of `n` steps that records which slice ran each step. */
function* counted(n: number, log: number[], slice: { current: number }) {
  for (let i = 0; i < n; i++) {
    log.push(slice.current);
    yield;
  }
  return n;
}

/** A hand-driven queue and clock: each queued slice runs when `flush` is called. */
function manual() {
  const queued: (() => void)[] = [];
  const slice = { current: 0 };
  let clock = 0;
  return {
    slice,
    tick: (ms: number) => (clock += ms),
    now: () => clock,
    schedule: (next: () => void) => queued.push(next),
    flush() {
      const next = queued.shift();
      if (!next) throw new Error('nothing queued');
      slice.current++;
      next();
    },
    pending: () => queued.length,
  };
}

describe('runInSlices', () => {
  it('starts in a later task and resolves with the generator’s return value', async () => {
    const m = manual();
    const log: number[] = [];
    const done = runInSlices(counted(3, log, m.slice), { now: m.now, schedule: m.schedule });
    expect(log).toEqual([]);
    m.flush();
    await expect(done).resolves.toBe(3);
    expect(log).toEqual([1, 1, 1]);
  });

  it('gives the browser back once a slice has used its budget', async () => {
    const m = manual();
    const log: number[] = [];
    function* slow() {
      for (let i = 0; i < 5; i++) {
        log.push(m.slice.current);
        m.tick(4); // each step takes 4 ms
        yield;
      }
      return 'done';
    }
    const done = runInSlices(slow(), { budgetMs: 6, now: m.now, schedule: m.schedule });
    while (m.pending()) m.flush();
    await expect(done).resolves.toBe('done');
    // 6 ms fits two 4 ms steps before the slice ends.
    expect(log).toEqual([1, 1, 2, 2, 3]);
  });

  it('stops when aborted, without running another step', async () => {
    const m = manual();
    const log: number[] = [];
    const controller = new AbortController();
    const done = runInSlices(counted(3, log, m.slice), {
      signal: controller.signal,
      now: m.now,
      schedule: m.schedule,
    });
    controller.abort(new Error('left the page'));
    m.flush();
    await expect(done).rejects.toThrow('left the page');
    expect(log).toEqual([]);
  });

  it('passes on an error thrown by a step', async () => {
    function* failing(): Generator<void, never, void> {
      yield;
      throw new Error('broken content');
    }
    await expect(runInSlices(failing())).rejects.toThrow('broken content');
  });
});

describe('quizSteps', () => {
  it('yields between facts and returns exactly what generateQuiz returns', async () => {
    const content = loadContent(FIXTURE_ROOT);
    for (const seed of [1, 2, 99]) {
      const options = { seed, count: 10 };
      let steps = 0;
      const run = quizSteps(content, options);
      let step = run.next();
      while (!step.done) {
        steps++;
        step = run.next();
      }
      expect(steps).toBeGreaterThan(3);
      expect(step.value).toEqual(generateQuiz(content, options));
      await expect(runInSlices(quizSteps(content, options))).resolves.toEqual(step.value);
    }
  });
});
