import type { ReactNode } from 'react';
import '../../classroom.css';

/** The classroom pages share one stylesheet: projector, phone and A4 layouts. */
export default function ClassroomLayout({ children }: { children: ReactNode }) {
  return children;
}
