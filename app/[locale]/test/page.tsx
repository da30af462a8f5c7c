import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TestSession } from '@/components/study/TestSession';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { getLearnerContent } from '@/lib/content/server';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Test' });
  return { title: t('title') };
}

export default async function TestPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Test');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.test}>
      <h1>{t('title')}</h1>
      <TestSession content={getLearnerContent()} />
    </ClientMessages>
  );
}
