import { SourceHost } from '@/components/SourceHost';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AfterShell } from '@/components/AfterShell';
import { DeckMap } from '@/components/map/DeckMap';
import { Link } from '@/i18n/navigation';
import { type Locale, routing } from '@/i18n/routing';
import { formatDate, formatDateSpan, sortKey, sourceText } from '@/lib/content/dates';
import { indexContent } from '@/lib/content/index-content';
import type { Fact, Text } from '@/lib/content/schema';
import { getContent } from '@/lib/content/server';
import { factDate } from '@/lib/kinds';
import { LANG_TAGS } from '@/lib/display';
import { explainFact, factHeadline } from '@/lib/questions/explain';

const CJK = /[\u4e00-\u9fff]/;

type Params = { locale: Locale; deckId: string };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getContent().decks.map((deck) => ({ locale, deckId: deck.id })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, deckId } = await params;
  const deck = getContent().decks.find((d) => d.id === deckId);
  return deck ? { title: deck.title[locale], description: deck.summary[locale] } : {};
}

function Both({ text, locale }: { text: Text; locale: Locale }) {
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <>
      <span lang={LANG_TAGS[locale]}>{text[locale]}</span>
      <span lang={LANG_TAGS[other]} className="bilingual-second">
        {text[other]}
      </span>
    </>
  );
}

export default async function DeckPage({ params }: { params: Promise<Params> }) {
  const { locale, deckId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Deck');
  const content = getContent();
  const index = indexContent(content);
  const deck = index.deck(deckId);
  if (!deck) notFound();

  const facts = index.deckFacts(deck);
  const dated = facts
    .flatMap((fact) => {
      const date = factDate(fact);
      return date ? [{ fact, date }] : [];
    })
    .sort((a, b) => sortKey(a.date) - sortKey(b.date));
  const undated = facts.filter((f) => !factDate(f));

  const item = (fact: Fact) => (
    <>
      <h3 className="timeline-title">
        <Both text={factHeadline(index, fact)} locale={locale} />
      </h3>
      <p className="timeline-text" lang={LANG_TAGS[locale]}>
        {explainFact(index, fact)[locale]}
      </p>
      <p className="timeline-source">
        {t('sourceLabel')}
        {sourceText(fact.source)[locale]}
        <SourceHost url={fact.source.url} />
        {fact.claimSources?.map((source) => (
          <span key={`${source.publication.en}|${source.date}`}>
            {' · '}
            {t('claimSourceLabel')}
            {sourceText(source)[locale]}
            <SourceHost url={source.url} />
          </span>
        ))}
        {fact.source.also?.map((also) => (
          <span key={also.url}>
            {' · '}
            {t('alsoLabel')}
            {/* A publication known only by its Latin name (NDTV, TRT World) reads as English. */}
            <span lang={CJK.test(also.publication[locale]) ? undefined : 'en'}>
              {also.publication[locale]}
            </span>
            {' · '}
            <a href={also.url} rel="noopener noreferrer external">
              {new URL(also.url).hostname}
            </a>
          </span>
        ))}
      </p>
    </>
  );

  return (
    <AfterShell>
      <p className="breadcrumb">
        <Link href="/">← {t('backHome')}</Link>
      </p>
      <header className="deck-header">
        <h1>
          <Both text={deck.title} locale={locale} />
        </h1>
        <p className="lead">{deck.summary[locale]}</p>
        <p className="deck-actions">
          <Link
            href={{ pathname: '/practice', query: { deck: deck.id } }}
            className="button button-primary"
          >
            {t('practise')}
          </Link>
          <Link href={{ pathname: '/learn', query: { deck: deck.id } }} className="button">
            {t('learn')}
          </Link>
          <Link href={{ pathname: '/cards', query: { deck: deck.id } }} className="button">
            {t('flashcards')}
          </Link>
        </p>
      </header>

      <DeckMap index={index} deck={deck} locale={locale} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timelineHeading')}</h2>
        <ol className="timeline" aria-label={t('timelineLabel')}>
          {dated.map(({ fact, date }) => {
            const span = 'span' in fact && fact.span ? fact.span : undefined;
            return (
              <li key={fact.id} className={`timeline-item kind-${fact.kind}`} id={fact.id}>
                <p className="timeline-date">
                  <time dateTime={date}>{formatDate(date)[locale]}</time>
                  {span && span.start !== span.end ? (
                    <span className="timeline-span">
                      {t('span', { span: formatDateSpan(span.start, span.end)[locale] })}
                    </span>
                  ) : null}
                </p>
                {item(fact)}
              </li>
            );
          })}
        </ol>
      </section>

      {undated.length > 0 ? (
        <section aria-labelledby="other-heading">
          <h2 id="other-heading">{t('otherHeading')}</h2>
          <ul className="fact-list">
            {undated.map((fact) => (
              <li key={fact.id} id={fact.id} className="fact-card">
                {item(fact)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AfterShell>
  );
}
