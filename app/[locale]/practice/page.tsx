import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PracticeSession } from '@/components/PracticeSession';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { deckList } from '@/lib/content/remote';
import { contentUrl, getContent } from '@/lib/content/server';
import { starterQuiz } from '@/lib/questions/starter';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Practice' });
  return { title: t('title') };
}

export default async function PracticePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Practice');
  const content = getContent();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.practice}>
      <h1>{t('title')}</h1>
      <PracticeSession
        decks={deckList(content)}
        content={{ url: contentUrl() }}
        starter={starterQuiz(content)}
      />
    </ClientMessages>
  );
}
