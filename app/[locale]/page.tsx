import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AfterShell } from '@/components/AfterShell';
import { ClassroomHomeCard } from '@/components/classroom/ClassroomHomeCard';
import { ClientMessages } from '@/components/ClientMessages';
import { TodayPanel } from '@/components/home/TodayPanel';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/content/dates';
import { indexContent } from '@/lib/content/index-content';
import { getContent } from '@/lib/content/server';
import { LANG_TAGS } from '@/lib/display';
import { generateQuestions } from '@/lib/questions/generate';
import { outlineOf } from '@/lib/content/outline';

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const content = getContent();
  const index = indexContent(content);
  const other = locale === 'zh' ? 'en' : 'zh';

  return (
    <AfterShell>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <Link href="/practice" className="button button-primary">
          {t('practiseAll')}
        </Link>
      </section>
      <ClientMessages namespaces={CLIENT_MESSAGES.home}>
        <TodayPanel outline={outlineOf(content)} />
      </ClientMessages>
      <section aria-labelledby="decks-heading">
        <h2 id="decks-heading">{t('decksHeading')}</h2>
        <ul className="deck-list">
          {content.decks.map((deck) => {
            const facts = index.deckFacts(deck).length;
            const questions = generateQuestions(content, { seed: 1, deckIds: [deck.id] }).length;
            return (
              <li key={deck.id} className="deck-card">
                <h3>
                  <Link href={`/decks/${deck.id}`}>{deck.title[locale]}</Link>
                </h3>
                <p className="deck-title-other" lang={LANG_TAGS[other]}>
                  {deck.title[other]}
                </p>
                <p>{deck.summary[locale]}</p>
                <p className="deck-meta">
                  <span>{t('facts', { count: facts })}</span>
                  <span>{t('questions', { count: questions })}</span>
                </p>
                <p className="deck-source">
                  {t('published', {
                    publication: deck.source.publication[locale],
                    date: formatDate(deck.source.date)[locale],
                  })}
                </p>
                <div className="deck-actions">
                  <Link href={`/decks/${deck.id}`} className="button">
                    {t('viewDeck')}
                  </Link>
                  <Link
                    href={{ pathname: '/practice', query: { deck: deck.id } }}
                    className="button button-primary"
                  >
                    {t('practiseDeck')}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <ClassroomHomeCard />
    </AfterShell>
  );
}
