import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardsSession } from '@/components/study/CardsSession';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { deckList } from '@/lib/content/remote';
import { cardsUrl, getContent } from '@/lib/content/server';
import { firstCard } from '@/lib/cards/content-cards';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Cards' });
  return { title: t('title') };
}

export default async function CardsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Cards');
  const content = getContent();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.cards}>
      <h1>{t('title')}</h1>
      <CardsSession
        decks={deckList(content).decks}
        cardsUrl={cardsUrl()}
        first={firstCard(content)}
      />
    </ClientMessages>
  );
}
