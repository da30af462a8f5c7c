import { useEffect, useState } from 'react';
import type { QrShape } from '@/lib/classroom/qr';

/**
 * A QR code as inline SVG, drawn on this device. Always dark on white, whatever the colour
 * scheme: phone cameras read light-on-dark codes poorly. The QR encoder loads after the page
 * (it is a tenth of a classroom page's script); until then the white square holds the place.
 */
export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [drawn, setDrawn] = useState<{ text: string; shape: QrShape } | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/lib/classroom/qr').then(({ qrShape }) => {
      if (live) setDrawn({ text, shape: qrShape(text) });
    });
    return () => {
      live = false;
    };
  }, [text]);
  const shape = drawn?.text === text ? drawn.shape : null;
  const size = shape?.size ?? 1;
  return (
    <svg
      className={['qr-code', className].filter(Boolean).join(' ')}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      aria-busy={shape ? undefined : true}
      shapeRendering="crispEdges"
      data-qr-text={shape ? text : undefined}
    >
      <rect width={size} height={size} fill="#fff" />
      {shape && <path d={shape.path} fill="#000" />}
    </svg>
  );
}
