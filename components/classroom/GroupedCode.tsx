import { Fragment } from 'react';
import { codeGroups } from '@/lib/classroom/base32';

/**
 * A code set large for reading across a room: in its groups of five, a line breaking only
 * between two groups, and its lines balanced (app/classroom.css). The text is the grouped code
 * (1ABCD-EFGHJ-K), which every code field reads as typed, so copying it gives the exact code.
 * `data-line-groups` (the groups on each of two lines) lets the stylesheet size the type so
 * the code takes two lines at most where it can.
 */
export function GroupedCode({ code, className }: { code: string; className?: string }) {
  const groups = codeGroups(code);
  return (
    <p
      className={`grouped-code${className ? ` ${className}` : ''}`}
      translate="no"
      data-line-groups={Math.min(7, Math.ceil(groups.length / 2))}
    >
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          <span className="code-group">{i < groups.length - 1 ? `${group}-` : group}</span>
        </Fragment>
      ))}
    </p>
  );
}
