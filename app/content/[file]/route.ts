import { contentFileName, getContent } from '@/lib/content/server';

/*
 * The content as one static JSON file, named by its hash (lib/content/server.ts): the export
 * writes it once to out/content/<hash>.json. Pages that draw new questions in the browser fetch
 * it when they first need one (lib/content/remote.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: contentFileName() }];
}

export function GET() {
  return Response.json(getContent());
}
