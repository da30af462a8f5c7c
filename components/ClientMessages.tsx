import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { CLIENT_MESSAGES } from '@/i18n/client-messages';

/** Gives the client components below it the messages of these namespaces, and no others. */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: (typeof CLIENT_MESSAGES)[keyof typeof CLIENT_MESSAGES];
  children: ReactNode;
}) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.map((n) => [n, all[n]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
