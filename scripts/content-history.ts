/**
 * npm run content:history — records the content as a new version in content/history.json when it
 * changed since the latest one. Quiz codes name the version they were drawn from, so a code keeps
 * drawing the same quiz after content is added (lib/classroom/content-history.ts).
 * `npm run build` runs it first, so new content always builds with a version of its own.
 * With --check: exits 1 when the content changed and no version records it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  currentState,
  latestVersion,
  recordVersion,
  stateAt,
  versionBetween,
} from '../lib/classroom/content-history';
import { MAX_CONTENT_VERSION } from '../lib/classroom/quiz-code';
import { HISTORY_FILE, readHistory } from '../lib/content/history-file';
import { loadContent } from '../lib/content/load';

const check = process.argv.includes('--check');
const content = loadContent();
const history = readHistory();
const latest = latestVersion(history);
const change = versionBetween(stateAt(history, latest), currentState(content));

if (!change) {
  console.log(`Content history OK: the content is version ${latest}.`);
  process.exit(0);
}
const summary = `${Object.keys(change.set).length} item(s) added or edited, ${change.drop.length} removed since version ${latest}`;
if (check) {
  console.error(
    `Content history is behind the content: ${summary}. Run \`npm run content:history\` and commit ${HISTORY_FILE}.`,
  );
  process.exit(1);
}
if (latest + 1 > MAX_CONTENT_VERSION) {
  console.error(`${HISTORY_FILE} holds ${latest} versions, the most a quiz code can name.`);
  process.exit(1);
}
const recorded = recordVersion(history, content);
writeFileSync(path.join(process.cwd(), HISTORY_FILE), `${JSON.stringify(recorded, null, 2)}\n`);
console.log(
  `Recorded content version ${latest + 1}: ${summary}. Commit ${HISTORY_FILE} with the content.`,
);
