import { allBasemaps } from '@/components/map/basemap-file';

/*
 * The deck maps' countries, one static SVG file per map (components/map/basemap-file.ts): the
 * export writes out/maps/<hash>.svg, which the deck pages draw with <use>.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...allBasemaps().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const svg = allBasemaps().get(file);
  if (svg === undefined) return new Response(null, { status: 404 });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
