import {
  cardsFileName,
  contentFileName,
  getCardsFile,
  getContent,
  getHistory,
  getOpenersFiles,
  historyFileName,
  openersFileName,
} from '@/lib/content/server';

/*
 * The content as one static JSON file, named by its hash (lib/content/server.ts): the export
 * writes it once to out/content/<hash>.json. Pages that draw new questions in the browser fetch
 * it when they first need one (lib/content/remote.ts). Beside it, the content versions
 * (out/content/history-<hash>.json), which only the classroom pages fetch
 * (components/classroom/engine.ts), and every flashcard session's cards
 * (out/content/cards-<hash>.json, lib/cards/file.ts), which the flashcards page fetches instead
 * of the content; and each deck's classroom opener candidates (out/content/openers-<hash>-<deck
 * hash>.json, lib/classroom/openers-file.ts), which the projector reads before its scripts run.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    { file: contentFileName() },
    { file: historyFileName() },
    { file: cardsFileName() },
    ...[...getOpenersFiles().keys()].map((hash) => ({ file: openersFileName(hash) })),
  ];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === historyFileName()) return Response.json(getHistory());
  if (file === cardsFileName()) return Response.json(getCardsFile());
  for (const [hash, openers] of getOpenersFiles()) {
    if (file === openersFileName(hash)) return Response.json(openers);
  }
  return Response.json(getContent());
}
