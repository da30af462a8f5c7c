import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { type TimelineDeck, TimelineGame } from '@/components/timeline/TimelineGame';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { indexContent } from '@/lib/content/index-content';
import { getContent } from '@/lib/content/server';
import { timelineEvents } from '@/lib/questions/claims';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'TimelineGame' });
  return { title: t('title') };
}

/** Each deck's orderable events, worked out at build time: the browser gets only these. */
function timelineDecks(): TimelineDeck[] {
  const content = getContent();
  const index = indexContent(content);
  return content.decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    events: timelineEvents(index, index.deckFacts(deck)),
  }));
}

export default async function TimelinePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('TimelineGame');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.timeline}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <TimelineGame decks={timelineDecks()} />
      </Suspense>
    </ClientMessages>
  );
}
