/** npm run content:check — validates every content file; exits 1 with one line per problem. */
import { readContent } from '../lib/content/load';
import { indexContent } from '../lib/content/index-content';
import { problemLines } from '../lib/content/validate';
import { strayClaimSources } from '../lib/questions/cards';

const result = readContent();
if (!result.ok) {
  const lines = problemLines(result.problems);
  console.error(`Content check failed: ${lines.length} problem(s)`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}
const index = indexContent(result.bundle);
const stray = strayClaimSources(index);
if (stray.length > 0) {
  console.error(`Content check failed: ${stray.length} problem(s)`);
  for (const { fact, claim, known } of stray)
    console.error(
      `  fact "${fact}": claimSources names "${claim}", which is not one of its claims (${known.join(', ')})`,
    );
  process.exit(1);
}
console.log(
  `Content OK: ${result.bundle.entities.length} entities, ${result.bundle.decks.length} decks, ${index.facts.length} facts.`,
);
