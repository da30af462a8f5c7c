import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The site navigation's link to the classroom builder. */
export async function ClassroomNavLink() {
  const t = await getTranslations('Classroom');
  return <Link href="/classroom">{t('navLink')}</Link>;
}
