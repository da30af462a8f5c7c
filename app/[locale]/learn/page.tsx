import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { LearnSession } from '@/components/study/LearnSession';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { getLearnerContent } from '@/lib/content/server';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Learn' });
  return { title: t('title') };
}

export default async function LearnPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Learn');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.learn}>
      <h1>{t('title')}</h1>
      <LearnSession content={getLearnerContent()} />
    </ClientMessages>
  );
}
