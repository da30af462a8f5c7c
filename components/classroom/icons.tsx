/**
 * Icons drawn inline, in the text's colour and size: an emoji or symbol used as an icon shows as
 * an empty box where the device's fonts lack it (🖨 did, on the print button). Each is
 * decoration beside a word that says the same, so hidden from screen readers.
 */

function Icon({ children }: { children: React.ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A printer: paper in, the machine, paper out. */
export function PrinterIcon() {
  return (
    <Icon>
      <path d="M6 9V3h12v6" />
      <path d="M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2" />
      <path d="M6 14h12v7H6z" />
    </Icon>
  );
}

/** Two arrows crossing, for drawing the questions anew. */
export function ShuffleIcon() {
  return (
    <Icon>
      <path d="M16 3h5v5" />
      <path d="M4 20 21 3" />
      <path d="M21 16v5h-5" />
      <path d="m15 15 6 6" />
      <path d="M4 4l5 5" />
    </Icon>
  );
}
