import { useMemo } from 'react';
import { qrShape } from '@/lib/classroom/qr';

/**
 * A QR code as inline SVG, drawn on this device. Always dark on white, whatever the colour
 * scheme: phone cameras read light-on-dark codes poorly.
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
  const { size, path } = useMemo(() => qrShape(text), [text]);
  return (
    <svg
      className={['qr-code', className].filter(Boolean).join(' ')}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
