import { getTranslations } from 'next-intl/server';
import { NavLink } from '../NavLink';

/** The site navigation's link to the classroom builder. */
export async function ClassroomNavLink() {
  const t = await getTranslations('Classroom');
  return <NavLink href="/classroom">{t('navLink')}</NavLink>;
}
