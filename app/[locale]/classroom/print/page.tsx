import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { PrintPage } from '@/components/classroom/PrintPage';
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
  const t = await getTranslations({ locale, namespace: 'ClassroomPrint' });
  return { title: t('title') };
}

export default async function PrintRoute({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ClassroomPrint');
  const tc = await getTranslations('Classroom');
  const source = classroomSource();
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.classroomPrint}>
      <div className="classroom classroom-print">
        <h1 className="print-hidden">{t('title')}</h1>
        <PreloadQuizFiles source={source} chunks={QUIZ_CHUNKS.print} />
        <Suspense fallback={<p role="status">{tc('loading')}</p>}>
          <PrintPage source={source} />
        </Suspense>
      </div>
    </ClientMessages>
  );
}
