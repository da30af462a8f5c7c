import type { z } from 'zod';
import { kindOf } from '../kinds';
import { kindForFields, unknownKindMessage } from '../kinds/suggest';
import { compareDates, dateRange, isRealDate } from './dates';
import type { ContentBundle } from './index-content';
import { Deck, type Fact, Glossary, type PartialDate } from './schema';

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

/**
 * The problems as lines to print. An entity missing from the glossary is one line however many
 * places name it (with each of them), so that one missing name does not bury the other problems
 * under its follow-on errors; every other problem is a line of its own.
 */
export function problemLines(problems: readonly ContentProblem[]): string[] {
  const UNKNOWN = /^unknown entity "([^"]+)"/;
  const byEntity = new Map<string, ContentProblem[]>();
  for (const p of problems) {
    const id = UNKNOWN.exec(p.message)?.[1];
    if (id !== undefined) byEntity.set(id, [...(byEntity.get(id) ?? []), p]);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  for (const p of problems) {
    const id = UNKNOWN.exec(p.message)?.[1];
    if (id === undefined) lines.push(formatProblem(p));
    else if (!done.has(id)) {
      done.add(id);
      const uses = byEntity.get(id)!;
      if (uses.length === 1) lines.push(formatProblem(p));
      else
        lines.push(
          `unknown entity "${id}" (not in the glossary), named in ${uses.length} places: ` +
            uses
              .map((u) => `${u.file}${u.factId ? ` › fact "${u.factId}"` : ''} › ${u.field}`)
              .join('; '),
        );
    }
  }
  return lines;
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
      const fact = (raw as { facts?: unknown[] })?.facts?.[path[1]] as
        { id?: unknown; kind?: unknown } | undefined;
      const factId = typeof fact?.id === 'string' ? fact.id : `#${path[1]}`;
      // A kind that does not exist: say which kinds do and which one was probably meant, not
      // the union's list of every option.
      let message =
        issue.code === 'invalid_union' && path.length === 3 && path[2] === 'kind'
          ? unknownKindMessage(fact?.kind)
          : issue.message;
      // Fields of another kind: name them, and say which kind the fact's fields fit.
      if (issue.code === 'unrecognized_keys' && path.length === 2 && fact) {
        const fit = kindForFields(Object.keys(fact), fact.kind);
        if (fit) message += `; these fields fit kind "${fit.kind}" (${fit.summary})`;
        return { file, factId, field: issue.keys.join(', '), message };
      }
      return { file, factId, field: pathString(path.slice(2)), message };
    }
    return { file, field: pathString(path), message: issue.message };
  });
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
    if (e.country && entityById.get(e.country)?.type !== 'country') {
      problems.push({
        file: glossaryFile.file,
        field: `entities[${i}].country`,
        message: `${e.id}: "${e.country}" is no country of the glossary`,
      });
    }
    const { from, to } = e.existed ?? {};
    for (const date of [from, to])
      if (date !== undefined && !isRealDate(date))
        problems.push({
          file: glossaryFile.file,
          field: `entities[${i}].existed`,
          message: `${e.id}: no such day as ${date}`,
        });
    if (from && to && compareDates(from, to) > 0)
      problems.push({
        file: glossaryFile.file,
        field: `entities[${i}].existed`,
        message: `${e.id}: exists from ${from}, after its end ${to}`,
      });
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

  // Values each kind keeps unique across the content (a series' ordinals), by kind and key.
  const uniqueKeys = new Map<string, string>();
  // A series' other meetings take their numbers: a fact with one of them is the same meeting.
  entities.forEach((e, i) =>
    e.otherMeetings?.forEach((m, k) => {
      const field = `entities[${i}].otherMeetings[${k}]`;
      uniqueKeys.set(`meeting:${e.id}#${m.ordinal}`, `(${e.id}'s otherMeetings)`);
      if (e.type !== 'meeting-series')
        problems.push({
          file: glossaryFile.file,
          field,
          message: `${e.id}: only a meeting series has otherMeetings`,
        });
      if (m.city !== null && entityById.get(m.city)?.type !== 'city')
        problems.push({
          file: glossaryFile.file,
          field: `${field}.city`,
          message: `${e.id}: "${m.city}" is not a city of the glossary`,
        });
      if (!isRealDate(m.date))
        problems.push({
          file: glossaryFile.file,
          field: `${field}.date`,
          message: `${e.id}: "${m.date}" is not a real date`,
        });
    }),
  );
  const allFacts = decks.flatMap(({ deck }) => deck.facts);
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
      const kind = kindOf(fact);

      for (const ref of kind.entityRefs(fact)) {
        const entity = entityById.get(ref.id);
        if (!entity) at(ref.field, `unknown entity "${ref.id}" (not in the glossary)`);
        else if (!ref.types.includes(entity.type))
          at(
            ref.field,
            `"${ref.id}" is ${/^[aeiou]/.test(entity.type) ? 'an' : 'a'} ${entity.type}; expected ${ref.types.join(' or ')}`,
          );
      }
      for (const ref of kind.factRefs?.(fact) ?? []) {
        if (factHome.has(ref.id)) continue;
        if (!ref.orEntity) at(ref.field, `unknown fact "${ref.id}"`);
        else if (!entityById.has(ref.id)) at(ref.field, `unknown fact or entity "${ref.id}"`);
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
      kind.check?.(fact, {
        at,
        fact: (id) => factHome.get(id)?.fact,
        facts: () => allFacts,
        claimKey: (key) => {
          const scoped = `${fact.kind}:${key}`;
          const earlier = uniqueKeys.get(scoped);
          uniqueKeys.set(scoped, fact.id);
          return earlier;
        },
      });
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: { entities, decks: decks.map((d) => d.deck) } };
}
