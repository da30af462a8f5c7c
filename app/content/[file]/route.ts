import { contentFileName, getContent, getHistory, historyFileName } from '@/lib/content/server';

/*
 * The content as one static JSON file, named by its hash (lib/content/server.ts): the export
 * writes it once to out/content/<hash>.json. Pages that draw new questions in the browser fetch
 * it when they first need one (lib/content/remote.ts). Beside it, the content versions
 * (out/content/history-<hash>.json), which only the classroom pages fetch
 * (components/classroom/engine.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: contentFileName() }, { file: historyFileName() }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return Response.json(file === historyFileName() ? getHistory() : getContent());
}
