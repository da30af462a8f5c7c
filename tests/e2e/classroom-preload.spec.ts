import { createQuiz } from '../../lib/classroom/quiz';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import { QUESTION_KINDS } from '../../lib/questions/models';
import { expect, test } from './fixtures';

/*
 * A classroom page opened with a quiz code asks for the generator's and its quiz view's scripts
 * from its HTML, while its own scripts still download (components/classroom/PreloadQuizFiles.tsx,
 * written in after the build by scripts/preload-chunks.ts). The files named must be the ones the
 * page then runs: a stale list would cost a phone bytes for nothing and gain no time.
 */

const content = { ...loadContent(), history: readHistory() };
const quiz = createQuiz(content, {
  deckIds: [content.decks[0]!.id],
  kinds: [...QUESTION_KINDS],
  count: 4,
  secondsPerQuestion: 20,
  language: 'zh',
  seed: 7,
});

const preloaded = (as: string) =>
  `[...document.querySelectorAll('link[rel=preload][as=${as}][data-preloaded]')].map((l) => l.getAttribute('href'))`;

for (const page of ['present', 'play', 'results', 'print']) {
  test(`the ${page} page preloads the scripts it draws a quiz with, and only with a code`, async ({
    page: tab,
  }) => {
    test.skip(test.info().project.name === 'phone', 'the same HTML at every size');
    await tab.goto(`/zh/classroom/${page}/?q=${quiz.code}`);
    const scripts = (await tab.evaluate(preloaded('script'))) as string[];
    // The generator's and the view's own chunks at least.
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(await tab.evaluate(preloaded('fetch'))).toHaveLength(2);
    // Every file preloaded is one the page goes on to run.
    await expect
      .poll(() =>
        tab.evaluate(
          (hrefs) => hrefs.filter((href) => !document.querySelector(`script[src="${href}"]`)),
          scripts,
        ),
      )
      .toEqual([]);

    await tab.goto(`/zh/classroom/${page}/`);
    expect(await tab.evaluate(preloaded('script'))).toEqual([]);
    expect(await tab.evaluate(preloaded('fetch'))).toEqual([]);
  });
}
