import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { type DeckOutline, ProgressDashboard } from '@/components/progress/ProgressDashboard';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { flashcards } from '@/lib/questions/cards';
import { outlineOf } from '@/lib/content/outline';
import { indexContent } from '@/lib/content/index-content';
import { getContent } from '@/lib/content/server';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ProgressPage' });
  return { title: t('title') };
}

export default async function ProgressPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ProgressPage');
  const content = getContent();
  const index = indexContent(content);
  // Only what the charts need crosses to the browser: deck titles and their cards (claim ids),
  // and the all-decks flashcards session's outline, to count today's cards over.
  const decks: DeckOutline[] = content.decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    factIds: flashcards(
      index,
      index.deckFacts(deck).map((fact) => fact.id),
    ).map((c) => c.key),
  }));
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.progress}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ProgressDashboard decks={decks} outline={outlineOf(content)} />
    </ClientMessages>
  );
}
