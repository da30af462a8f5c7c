import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MistakesSession } from '@/components/study/MistakesSession';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { deckList } from '@/lib/content/remote';
import { contentUrl, getContent } from '@/lib/content/server';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Mistakes' });
  return { title: t('title') };
}

export default async function MistakesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Mistakes');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.mistakes}>
      <h1>{t('title')}</h1>
      <MistakesSession decks={deckList(getContent())} content={{ url: contentUrl() }} />
    </ClientMessages>
  );
}
