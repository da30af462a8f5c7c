import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { EarlyPresentScript } from '@/components/classroom/EarlyPresentScript';
import { PresentPage } from '@/components/classroom/PresentPage';
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
  const t = await getTranslations({ locale, namespace: 'ClassroomPresent' });
  return { title: t('title') };
}

export default async function PresentRoute({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ClassroomPresent');
  const tc = await getTranslations('Classroom');
  const source = classroomSource();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.classroomPresent}>
      <div className="classroom classroom-present">
        <h1 className="visually-hidden">{t('title')}</h1>
        {/* The early projector first: its file is asked for before the quiz's (earlyPresent.ts). */}
        <EarlyPresentScript locale={locale} />
        <PreloadQuizFiles source={source} chunks={QUIZ_CHUNKS.present} />
        <Suspense fallback={<p role="status">{tc('loading')}</p>}>
          <PresentPage source={source} />
        </Suspense>
      </div>
    </ClientMessages>
  );
}
