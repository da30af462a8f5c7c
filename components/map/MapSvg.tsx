import { leaderEnd } from '@/lib/map/labels';
import type { MapLayout } from '@/lib/map/layout';
import { basemapFile } from './basemap-file';

/**
 * One map as static SVG: no script, no state. Its countries are a file of their own
 * (basemap-file.ts), drawn with <use>; the places, routes and labels are in the page. Colours come from CSS variables (app/map.css),
 * so the map follows the light and dark themes. The labels inside are for sighted readers;
 * the title and description name the map, and the lists beside it carry the same content as text.
 */
export function MapSvg({
  id,
  layout,
  title,
  description,
  numbered,
}: {
  /** Unique on the page: prefixes the ids of the title, description and arrowhead. */
  id: string;
  layout: MapLayout;
  title: string;
  description: string;
  /** Draw each place as a numbered stop (a trip) rather than a dot. */
  numbered: boolean;
}) {
  const markerRadius = numbered ? 9 : 4.5;
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" className="map-arrowhead" />
        </marker>
      </defs>
      <rect className="map-water" width={layout.width} height={layout.height} />
      {/* The countries come from a file of their own (basemap-file.ts). */}
      <use href={basemapFile(layout).href} />
      <g className="map-legs">
        {layout.legs.map((leg, i) => (
          <path key={i} d={leg.d} className="map-leg" markerEnd={`url(#${id}-arrow)`} />
        ))}
      </g>
      <g className="map-leaders">
        {layout.places
          .filter((p) => p.label.leader)
          .map((p) => {
            const [x, y] = leaderEnd(p.x, p.y, p.label.box);
            return <line key={p.id} x1={p.x} y1={p.y} x2={x} y2={y} className="map-leader" />;
          })}
      </g>
      <g className="map-markers">
        {layout.places.map((p, i) => (
          <g key={p.id}>
            <circle cx={p.x} cy={p.y} r={markerRadius} className="map-dot" />
            {numbered ? (
              <text x={p.x} y={p.y + 4} textAnchor="middle" className="map-stop-number">
                {i + 1}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <g className="map-labels">
        {layout.places.map((p) =>
          p.lines.map((line, i) => (
            <text
              key={`${p.id}-${i}`}
              x={p.label.textX}
              y={line.y}
              textAnchor={p.label.anchor}
              fontSize={line.size}
              lang={line.lang}
              data-place={p.id}
              className={i === 0 ? 'map-label map-label-first' : 'map-label'}
            >
              {line.text}
            </text>
          )),
        )}
      </g>
    </svg>
  );
}
