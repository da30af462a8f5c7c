import type { z } from 'zod';
import { compareDates, dateRange, factDate, isRealDate, wholeYearsBetween } from './dates';
import type { ContentBundle } from './index-content';
import { Deck, type EntityType, type Fact, Glossary, type PartialDate } from './schema';

/** One problem in one file, with the fact id and field when there are any. */
export interface ContentProblem {
  file: string;
  factId?: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.factId ? ` › fact "${p.factId}"` : '';
  return `${p.file}${where} › ${p.field || '(file)'}: ${p.message}`;
}

export interface RawContentFile {
  /** The path shown in messages, e.g. content/decks/sco-ssc-timeline.json. */
  file: string;
  /** The file's text. */
  text: string;
}

export type ValidationResult =
  { ok: true; bundle: ContentBundle } | { ok: false; problems: ContentProblem[] };

function parseJson(file: RawContentFile, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.file, field: '', message: `not valid JSON (${String(error)})` });
    return undefined;
  }
}

function pathString(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function schemaProblems(file: string, raw: unknown, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    // Name the fact by its id when the problem sits inside one, so an author can find it.
    if (path[0] === 'facts' && typeof path[1] === 'number') {
      const fact = (raw as { facts?: unknown[] })?.facts?.[path[1]] as { id?: unknown } | undefined;
      const factId = typeof fact?.id === 'string' ? fact.id : `#${path[1]}`;
      return { file, factId, field: pathString(path.slice(2)), message: issue.message };
    }
    return { file, field: pathString(path), message: issue.message };
  });
}

interface EntityRef {
  field: string;
  id: string;
  types: readonly EntityType[];
}

const PLACE: readonly EntityType[] = ['city'];
const COUNTRY: readonly EntityType[] = ['country'];
const PERSON: readonly EntityType[] = ['person'];
const BODY: readonly EntityType[] = ['organisation', 'meeting-series'];
const EVENT: readonly EntityType[] = ['summit', 'forum'];

/** Every entity a fact points at, with the types that field allows. */
function entityRefs(fact: Fact): EntityRef[] {
  const many = (field: string, ids: readonly string[], types: readonly EntityType[]) =>
    ids.map((id, i) => ({ field: `${field}[${i}]`, id, types }));
  switch (fact.kind) {
    case 'meeting':
      return [
        { field: 'series', id: fact.series, types: ['meeting-series'] },
        ...(fact.city ? [{ field: 'city', id: fact.city, types: PLACE }] : []),
        { field: 'hostCountry', id: fact.hostCountry, types: COUNTRY },
        ...(fact.chair ? [{ field: 'chair', id: fact.chair, types: PERSON }] : []),
        ...fact.attendance.flatMap((a, i) => [
          { field: `attendance[${i}].person`, id: a.person, types: PERSON },
          { field: `attendance[${i}].country`, id: a.country, types: COUNTRY },
          ...(a.from ? [{ field: `attendance[${i}].from`, id: a.from, types: PLACE }] : []),
        ]),
      ];
    case 'founding':
      return [
        { field: 'organisation', id: fact.organisation, types: BODY },
        ...(fact.city ? [{ field: 'city', id: fact.city, types: PLACE }] : []),
        ...many('foundingMembers', fact.foundingMembers ?? [], COUNTRY),
      ];
    case 'membership':
      return [
        { field: 'organisation', id: fact.organisation, types: BODY },
        ...many('joined', fact.joined, COUNTRY),
        ...(fact.event ? [{ field: 'event', id: fact.event, types: EVENT }] : []),
      ];
    case 'audience':
      return [
        { field: 'host', id: fact.host, types: PERSON },
        ...many('guests', fact.guests, ['person', 'group']),
        { field: 'city', id: fact.city, types: PLACE },
      ];
    case 'initiative':
      return [
        { field: 'initiative', id: fact.initiative, types: ['initiative'] },
        { field: 'proposer', id: fact.proposer, types: PERSON },
        ...(fact.event ? [{ field: 'event', id: fact.event, types: EVENT }] : []),
      ];
    case 'summit':
      return [
        { field: 'summit', id: fact.summit, types: ['summit'] },
        ...(fact.city ? [{ field: 'city', id: fact.city, types: PLACE }] : []),
        { field: 'chair', id: fact.chair, types: PERSON },
        ...many('documents', fact.documents, ['document']),
      ];
    case 'statement':
      return [
        { field: 'speaker', id: fact.speaker, types: PERSON },
        ...(fact.about ? [{ field: 'about', id: fact.about, types: ['initiative'] as const }] : []),
      ];
    case 'interval':
      return [];
  }
}

/** Fact ids a fact points at. */
function factRefs(fact: Fact): { field: string; id: string }[] {
  switch (fact.kind) {
    case 'statement':
      return fact.occasions.map((id, i) => ({ field: `occasions[${i}]`, id }));
    case 'interval':
      return [
        { field: 'from', id: fact.from },
        { field: 'to', id: fact.to },
      ];
    default:
      return [];
  }
}

function factDates(fact: Fact): { field: string; date: PartialDate }[] {
  const dates: { field: string; date: PartialDate }[] = [
    { field: 'source.date', date: fact.source.date },
  ];
  if (fact.asOf) dates.push({ field: 'asOf', date: fact.asOf });
  if ('date' in fact) dates.push({ field: 'date', date: fact.date });
  if ('span' in fact && fact.span) {
    dates.push({ field: 'span.start', date: fact.span.start });
    dates.push({ field: 'span.end', date: fact.span.end });
  }
  return dates;
}

// Where pages and the question generator get it: lib/content/dates.ts, free of the schemas' zod.
export { factDate };

/**
 * Validates the glossary and every deck: schema first, then references, dates and the
 * arithmetic a fact claims (member counts, gaps in years, unique ordinals).
 */
export function validateContent(
  glossaryFile: RawContentFile,
  deckFiles: readonly RawContentFile[],
): ValidationResult {
  const problems: ContentProblem[] = [];

  const glossaryRaw = parseJson(glossaryFile, problems);
  const glossary = glossaryRaw === undefined ? undefined : Glossary.safeParse(glossaryRaw);
  if (glossary && !glossary.success) {
    problems.push(...schemaProblems(glossaryFile.file, glossaryRaw, glossary.error));
  }
  const entities = glossary?.success ? glossary.data.entities : [];
  const entityById = new Map<string, (typeof entities)[number]>();
  entities.forEach((e, i) => {
    if (entityById.has(e.id)) {
      problems.push({
        file: glossaryFile.file,
        field: `entities[${i}].id`,
        message: `duplicate entity id "${e.id}"`,
      });
    }
    entityById.set(e.id, e);
  });
  entities.forEach((e, i) => {
    if (e.partOf && !entityById.has(e.partOf)) {
      problems.push({
        file: glossaryFile.file,
        field: `entities[${i}].partOf`,
        message: `unknown entity "${e.partOf}"`,
      });
    }
    e.datedAliases?.forEach((alias, k) => {
      const field = `entities[${i}].datedAliases[${k}]`;
      const name = [...alias.zh, ...alias.en].join(' / ');
      for (const end of ['from', 'to'] as const) {
        const date = alias[end];
        if (date !== undefined && !isRealDate(date))
          problems.push({
            file: glossaryFile.file,
            field,
            message: `${e.id}: no such day as ${date}`,
          });
      }
      if (alias.from && alias.to && compareDates(alias.from, alias.to) > 0)
        problems.push({
          file: glossaryFile.file,
          field,
          message: `${e.id}: the names ${name} are used from ${alias.from}, after their end ${alias.to}`,
        });
    });
  });

  const decks: { file: string; deck: Deck }[] = [];
  for (const file of deckFiles) {
    const raw = parseJson(file, problems);
    if (raw === undefined) continue;
    const parsed = Deck.safeParse(raw);
    if (!parsed.success) {
      problems.push(...schemaProblems(file.file, raw, parsed.error));
      continue;
    }
    decks.push({ file: file.file, deck: parsed.data });
  }

  const deckIds = new Set<string>();
  const factHome = new Map<string, { file: string; fact: Fact }>();
  for (const { file, deck } of decks) {
    if (deckIds.has(deck.id))
      problems.push({ file, field: 'id', message: `duplicate deck id "${deck.id}"` });
    deckIds.add(deck.id);
    for (const fact of deck.facts) {
      const earlier = factHome.get(fact.id);
      if (earlier) {
        problems.push({
          file,
          factId: fact.id,
          field: 'id',
          message: `fact id already used in ${earlier.file}`,
        });
      } else {
        factHome.set(fact.id, { file, fact });
      }
    }
  }

  const seriesOrdinals = new Map<string, string>();
  for (const { file, deck } of decks) {
    deck.includes.forEach((id, i) => {
      if (!factHome.has(id))
        problems.push({ file, field: `includes[${i}]`, message: `unknown fact "${id}"` });
    });
    deck.topics.forEach((id, i) => {
      if (!entityById.has(id))
        problems.push({ file, field: `topics[${i}]`, message: `unknown entity "${id}"` });
    });
    for (const fact of deck.facts) {
      const at = (field: string, message: string) =>
        problems.push({ file, factId: fact.id, field, message });

      for (const ref of entityRefs(fact)) {
        const entity = entityById.get(ref.id);
        if (!entity) at(ref.field, `unknown entity "${ref.id}" (not in the glossary)`);
        else if (!ref.types.includes(entity.type))
          at(
            ref.field,
            `"${ref.id}" is ${/^[aeiou]/.test(entity.type) ? 'an' : 'a'} ${entity.type}; expected ${ref.types.join(' or ')}`,
          );
      }
      for (const ref of factRefs(fact)) {
        if (!factHome.has(ref.id)) at(ref.field, `unknown fact "${ref.id}"`);
      }
      if (fact.kind === 'audience' && fact.occasion) {
        if (!factHome.has(fact.occasion) && !entityById.has(fact.occasion))
          at('occasion', `unknown fact or entity "${fact.occasion}"`);
      }
      for (const { field, date } of factDates(fact)) {
        if (!isRealDate(date)) at(field, `"${date}" is not a real date`);
      }
      if ('span' in fact && fact.span && isRealDate(fact.span.start) && isRealDate(fact.span.end)) {
        const start = dateRange(fact.span.start).first;
        const end = dateRange(fact.span.end).last;
        const day = dateRange(fact.date);
        if (start > end) at('span', 'span starts after it ends');
        else if (isRealDate(fact.date) && (day.last < start || day.first > end))
          at('date', `${fact.date} lies outside its span ${fact.span.start}…${fact.span.end}`);
      }
      if (fact.kind === 'meeting') {
        const key = `${fact.series}#${fact.ordinal}`;
        const other = seriesOrdinals.get(key);
        if (other)
          at('ordinal', `meeting ${fact.ordinal} of ${fact.series} is already fact "${other}"`);
        seriesOrdinals.set(key, fact.id);
        const people = fact.attendance.map((a) => a.person);
        if (new Set(people).size !== people.length) at('attendance', 'a person is listed twice');
      }
      if (
        fact.kind === 'membership' &&
        fact.membersAfter !== fact.membersBefore + fact.joined.length
      )
        at(
          'membersAfter',
          `${fact.membersBefore} members + ${fact.joined.length} joined ≠ ${fact.membersAfter}`,
        );
      if (fact.kind === 'founding' && fact.foundingMembers) {
        if (new Set(fact.foundingMembers).size !== fact.foundingMembers.length)
          at('foundingMembers', 'a member is listed twice');
      }
      if (fact.kind === 'interval') {
        const from = factHome.get(fact.from)?.fact;
        const to = factHome.get(fact.to)?.fact;
        const fromDate = from && factDate(from);
        const toDate = to && factDate(to);
        if (from && !fromDate) at('from', `fact "${fact.from}" has no date`);
        if (to && !toDate) at('to', `fact "${fact.to}" has no date`);
        if (fromDate && toDate && isRealDate(fromDate) && isRealDate(toDate)) {
          const years = wholeYearsBetween(fromDate, toDate);
          if (years !== fact.years)
            at(
              'years',
              `the facts' dates (${fromDate} → ${toDate}) give ${years ?? 'an uncertain number of'} whole years, not ${fact.years}`,
            );
        }
      }
      if (fact.kind === 'statement' && new Set(fact.occasions).size !== fact.occasions.length)
        at('occasions', 'an occasion is listed twice');
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: { entities, decks: decks.map((d) => d.deck) } };
}
