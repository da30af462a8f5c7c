import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { StudentPlayPage } from '@/components/classroom/PlayPage';
import { PreloadQuizFiles, QUIZ_CHUNKS } from '@/components/classroom/PreloadQuizFiles';
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
  const t = await getTranslations({ locale, namespace: 'ClassroomPlay' });
  return { title: t('title') };
}

export default async function PlayPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ClassroomPlay');
  const tc = await getTranslations('Classroom');
  const source = classroomSource();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.classroomPlay}>
      <div className="classroom classroom-play">
        <h1 className="classroom-title">{t('title')}</h1>
        <PreloadQuizFiles source={source} chunks={QUIZ_CHUNKS.play} />
        <Suspense fallback={<p role="status">{tc('loading')}</p>}>
          <StudentPlayPage source={source} />
        </Suspense>
      </div>
    </ClientMessages>
  );
}
