import type { Fact } from '../../lib/content/schema';

/*
 * The truth of the claims of the later fact kinds (title, record, rule, anniversary, and the
 * ordinals of office), read from
 * the raw facts alone: shared by the oracle over content/ (generate.property.test.ts) and the
 * fixture tests of each kind (kinds.test.ts). Shares no code with lib/kinds.
 */

const DAY = 86_400_000;

/** First and last day (UTC day numbers) a YYYY, YYYY-MM or YYYY-MM-DD date may stand for. */
export function days(date: string): [number, number] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`bad date "${date}"`);
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  const mo = Number(m[2]);
  if (m[3] === undefined) return [Date.UTC(y, mo - 1, 1) / DAY, Date.UTC(y, mo, 0) / DAY];
  const d = Date.UTC(y, mo - 1, Number(m[3])) / DAY;
  return [d, d];
}

/** Whether two dates may name the same day. */
export function sameDay(a: string, b: string): boolean {
  const [x, y] = days(a);
  const [u, v] = days(b);
  return x <= v && u <= y;
}

/** A term's words as an option id carries them: "culture-city-of-east-asia". */
export function words(en: string): string {
  return en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The day an event fact happened on: its date, an office's or title's first day, a mission's launch. */
function eventDate(fact: Fact): string | undefined {
  if ('date' in fact) return fact.date;
  if (fact.kind === 'office' || fact.kind === 'title') return fact.from;
  if (fact.kind === 'mission') return fact.milestones[0]?.date;
  return undefined;
}

/**
 * Whether a value (an option id) is true of a claim of a later kind; undefined for a claim of
 * another kind or one this oracle does not know.
 */
export function laterKindTruth(
  facts: readonly Fact[],
  claimId: string,
  value: string,
): boolean | undefined {
  const [factId, relation] = claimId.split('/');
  const fact = facts.find((f) => f.id === factId);
  if (!fact) return undefined;
  const date = value.startsWith('date-') ? value.slice(5) : undefined;
  const term = value.startsWith('term-') ? value.slice(5) : undefined;
  if (fact.kind === 'title') {
    const titles = facts.flatMap((f) => (f.kind === 'title' ? [f] : []));
    switch (relation) {
      case 'holder':
        // Anyone named the same title from a date that may be the same.
        return titles.some(
          (x) => x.holder === value && x.title.en === fact.title.en && sameDay(x.from, fact.from),
        );
      case 'from':
        return date !== undefined && sameDay(date, fact.from);
      case 'title':
        return titles.some(
          (x) =>
            x.holder === fact.holder && sameDay(x.from, fact.from) && words(x.title.en) === term,
        );
      case 'by':
        return titles.some((x) => x.title.en === fact.title.en && x.by === value);
    }
  }
  if (fact.kind === 'record') {
    switch (relation) {
      case 'holder':
        // Each record is written once: its own holder or name only.
        return fact.holder !== undefined
          ? value === fact.holder
          : term === words(fact.name?.en ?? '');
      case 'date':
        return date !== undefined && sameDay(date, fact.date);
      case 'value':
        return value.startsWith('amount-') && Number(value.slice(7)) === fact.value;
    }
  }
  if (fact.kind === 'office') {
    const sameOffice = facts.flatMap((f) =>
      f.kind === 'office' && f.of === fact.of && f.office.en === fact.office.en ? [f] : [],
    );
    switch (relation) {
      case 'ordinal':
        // Any number the content gives the holder in this office.
        return sameOffice.some((f) => f.holder === fact.holder && value === `ordinal-${f.ordinal}`);
      case 'nth-holder':
        return sameOffice.some((f) => f.ordinal === fact.ordinal && f.holder === value);
    }
  }
  if (fact.kind === 'anniversary') {
    // Counted from the event's own date field, whatever the event's kind calls it.
    const event = facts.find((f) => f.id === fact.event);
    const start = event ? eventDate(event) : undefined;
    if (!start) return undefined;
    const since = (year: number) => year - Number(start.slice(0, 4));
    switch (relation) {
      case 'n':
        return value === `count-${since(fact.year)}`;
      case 'year':
        return value.startsWith('year-') && since(Number(value.slice(5))) === since(fact.year);
    }
  }
  if (fact.kind === 'rule') {
    switch (relation) {
      case 'every': {
        const m = /^every-(?:year|(\d+)-years)$/.exec(term ?? '');
        return m !== null && Number(m[1] ?? 1) === fact.every;
      }
      case 'term':
        return value === `count-${fact.term?.years}`;
      case 'next': {
        // The member after the last reported host, the first again after the last member.
        const r = fact.rotation!;
        return value === r.order[(r.order.indexOf(r.last) + 1) % r.order.length];
      }
    }
  }
  return undefined;
}
