import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardsSession } from '@/components/study/CardsSession';
import type { Locale } from '@/i18n/routing';
import { getContent } from '@/lib/content/server';

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
  return (
    <>
      <h1>{t('title')}</h1>
      <CardsSession content={getContent()} />
    </>
  );
}
