/**
 * npm run questions -- --deck ID [--seed N] [--format json|anki|quizlet] [--lang zh|en|both]
 * Prints a deck's question bank: JSON with every field, or a tab-separated file that Anki's
 * text import or Quizlet's import accepts.
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../lib/content/load';
import {
  exportQuestions,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportLanguage,
} from '../lib/questions/export';
import { generateQuestions } from '../lib/questions/generate';

// `npm run questions | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const USAGE =
  'Usage: npm run questions -- --deck ID [--seed N] [--format json|anki|quizlet] [--lang zh|en|both]';

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        deck: { type: 'string' },
        seed: { type: 'string', default: '1' },
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'both' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    // An unknown option or one without its value: say which, with the usage, not a stack trace.
    return fail((error as Error).message);
  }
}

const values = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const content = loadContent();
const deckIds = content.decks.map((d) => d.id);
if (!values.deck) fail(`--deck is required. Decks: ${deckIds.join(', ')}`);
if (!deckIds.includes(values.deck))
  fail(`Unknown deck "${values.deck}". Decks: ${deckIds.join(', ')}`);
if (!(EXPORT_FORMATS as readonly string[]).includes(values.format))
  fail(`Unknown format "${values.format}". Formats: ${EXPORT_FORMATS.join(', ')}`);
if (!['zh', 'en', 'both'].includes(values.lang)) fail(`Unknown language "${values.lang}".`);
if (!/^\d+$/.test(values.seed)) fail(`--seed takes a whole number, not "${values.seed}".`);

const questions = generateQuestions(content, { seed: Number(values.seed), deckIds: [values.deck] });
process.stdout.write(
  exportQuestions(questions, values.format as ExportFormat, values.lang as ExportLanguage),
);
