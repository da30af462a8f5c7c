import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { QuizBuilder } from '@/components/classroom/QuizBuilder';
import { PreloadQuizFiles } from '@/components/classroom/PreloadQuizFiles';
import { ClientMessages } from '@/components/ClientMessages';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { classroomSource } from '@/lib/content/server';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ClassroomBuilder' });
  return { title: t('title') };
}

export default async function ClassroomPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ClassroomBuilder');
  const tc = await getTranslations('Classroom');
  const source = classroomSource();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.classroom}>
      <div className="classroom classroom-builder">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <PreloadQuizFiles source={source} always />
        <Suspense fallback={<p role="status">{tc('loading')}</p>}>
          <QuizBuilder source={source} />
        </Suspense>
      </div>
    </ClientMessages>
  );
}
