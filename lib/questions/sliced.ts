/**
 * Runs a step generator (such as quizSteps) in slices of a few milliseconds, giving the browser
 * back between slices so that it can paint and answer input. A phone about four times slower
 * than a laptop still keeps each slice well under the 50 ms that makes a task "long".
 */

export interface SliceOptions {
  /** Time per slice, in milliseconds. */
  budgetMs?: number;
  /** Stops the run; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  now?: () => number;
  /** How the next slice is queued; a macrotask by default, so rendering can happen in between. */
  schedule?: (next: () => void) => void;
}

const DEFAULT_BUDGET_MS = 6;

export function runInSlices<T>(
  steps: Generator<void, T, void>,
  {
    budgetMs = DEFAULT_BUDGET_MS,
    signal,
    now = () => performance.now(),
    schedule,
  }: SliceOptions = {},
): Promise<T> {
  const queue = schedule ?? ((next: () => void) => void setTimeout(next, 0));
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      try {
        const end = now() + budgetMs;
        for (;;) {
          const step = steps.next();
          if (step.done) {
            resolve(step.value);
            return;
          }
          if (now() >= end) break;
        }
      } catch (error) {
        reject(error);
        return;
      }
      queue(slice);
    };
    queue(slice);
  });
}
