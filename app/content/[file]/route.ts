import {
  cardsFileName,
  contentFileName,
  getCardsFile,
  getContent,
  getHistory,
  historyFileName,
} from '@/lib/content/server';

/*
 * The content as one static JSON file, named by its hash (lib/content/server.ts): the export
 * writes it once to out/content/<hash>.json. Pages that draw new questions in the browser fetch
 * it when they first need one (lib/content/remote.ts). Beside it, the content versions
 * (out/content/history-<hash>.json), which only the classroom pages fetch
 * (components/classroom/engine.ts), and every flashcard session's cards
 * (out/content/cards-<hash>.json, lib/cards/file.ts), which the flashcards page fetches instead
 * of the content.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: contentFileName() }, { file: historyFileName() }, { file: cardsFileName() }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === historyFileName()) return Response.json(getHistory());
  if (file === cardsFileName()) return Response.json(getCardsFile());
  return Response.json(getContent());
}
