import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The home page's pointer to classroom quizzes, below the decks. */
export async function ClassroomHomeCard() {
  const t = await getTranslations('Classroom');
  return (
    // Styled with the deck cards of globals.css: the classroom stylesheet is not loaded here.
    <section
      className="deck-card classroom-home"
      style={{ marginTop: '2rem' }}
      aria-labelledby="classroom-home-heading"
    >
      <h2 id="classroom-home-heading">{t('homeTitle')}</h2>
      <p>{t('homeText')}</p>
      <Link href="/classroom" className="button">
        {t('homeLink')}
      </Link>
    </section>
  );
}
