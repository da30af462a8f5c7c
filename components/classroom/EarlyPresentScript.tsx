import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { latestVersion } from '@/lib/classroom/content-history';
import { getHistory, getOpenersFiles, openersPrefix } from '@/lib/content/server';
import { LATEST_RULES } from '@/lib/questions/rules';
import { QUESTION_KINDS } from '@/lib/questions/models';
import type { EarlyConfig } from './earlyPresent';
import { EARLY_PRESENT_ID } from './earlyHandover';

/**
 * The projector's early script (earlyPresent.ts) and the place it draws in. The script's text
 * is written after the build (scripts/preload-chunks.ts bundles it and moves the element to the
 * top of <head>); its configuration is an attribute, in the page's language. React leaves the
 * place's children alone: it renders none there (`dangerouslySetInnerHTML`), so it neither reads
 * nor replaces what the script drew while it hydrates. The stage empties it when it takes over
 * (earlyHandover.ts).
 */
export async function EarlyPresentScript({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ClassroomPresent' });
  const tq = await getTranslations({ locale, namespace: 'Quiz' });
  const openers = getOpenersFiles();
  const config: EarlyConfig = {
    openers: `/content/${openersPrefix()}`,
    // What the files were drawn from (lib/content/server.ts, getOpenersFiles).
    contentVersion: latestVersion(getHistory()),
    rules: LATEST_RULES,
    decks: Object.fromEntries([...openers].map(([hash, file]) => [hash, file.deck.title[locale]])),
    locale,
    text: {
      joinHeading: t('joinHeading'),
      // Templates the script fills in: each placeholder given as itself.
      orOpen: t('orOpen', { link: '{link}' }),
      start: t('start'),
      stageLabel: t('stageLabel', { title: '{title}' }),
      questionAnnouncement: t('questionAnnouncement', { current: '{current}', prompt: '{prompt}' }),
      kinds: Object.fromEntries(QUESTION_KINDS.map((k) => [k, tq(`kind.${k}`)])) as Record<
        (typeof QUESTION_KINDS)[number],
        string
      >,
    },
  };
  return (
    <>
      <script
        data-preload=""
        data-early-present=""
        data-early-config={JSON.stringify(config)}
        dangerouslySetInnerHTML={{ __html: '' }}
      />
      <div id={EARLY_PRESENT_ID} dangerouslySetInnerHTML={{ __html: '' }} />
    </>
  );
}
