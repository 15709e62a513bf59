import type { MailMessage } from './mailer';
import { NotificationKind } from './notifications';

/** What a notification mail says, per language (the recipient's locale; English otherwise). */
const TEXTS: Record<'en' | 'pl', Record<NotificationKind, { subject: string; body: string }>> = {
  en: {
    LEAD_NEW: { subject: 'New lead {ref}', body: 'A new lead, {ref}, is waiting for your partner to accept it.' },
    LEAD_SLA_WARNING: { subject: 'Lead {ref} is waiting', body: 'Lead {ref} has not been accepted yet; soon it goes back to dispatch.' },
    LEAD_EXPIRED: { subject: 'Lead {ref} went back to dispatch', body: 'Lead {ref} was not accepted in time and went back to dispatch.' },
    REGISTRATION_APPROVED: { subject: 'Deal registration {ref} approved', body: 'Your deal registration {ref} was approved: the customer is yours for the protection period.' },
    REGISTRATION_REJECTED: { subject: 'Deal registration {ref} rejected', body: 'Your deal registration {ref} was rejected; the reason is in Trellis.' },
    CHANNEL_SIGNAL: { subject: 'Channel signal: {ref}', body: 'A signal that a channel must change was raised for a partner you own ({ref}); its figures are in Trellis.' },
    POLICY_PUBLISHED: { subject: 'New sales policy version: {ref}', body: 'A new version of a sales policy for your partner was published: {ref}. Please read it and acknowledge it in Trellis.' },
    ANNOUNCEMENT_PUBLISHED: { subject: 'News from the brand: {ref}', body: 'The brand published news for your partner: {ref}. Read it in Trellis.' },
  },
  pl: {
    LEAD_NEW: { subject: 'Nowy lead {ref}', body: 'Nowy lead {ref} czeka na przyjęcie przez Twojego partnera.' },
    LEAD_SLA_WARNING: { subject: 'Lead {ref} czeka', body: 'Lead {ref} nie został jeszcze przyjęty; wkrótce wróci do przydziału.' },
    LEAD_EXPIRED: { subject: 'Lead {ref} wrócił do przydziału', body: 'Lead {ref} nie został przyjęty na czas i wrócił do przydziału.' },
    REGISTRATION_APPROVED: { subject: 'Rejestracja szansy {ref} zatwierdzona', body: 'Twoja rejestracja szansy {ref} została zatwierdzona: klient jest Twój przez okres ochrony.' },
    REGISTRATION_REJECTED: { subject: 'Rejestracja szansy {ref} odrzucona', body: 'Twoja rejestracja szansy {ref} została odrzucona; powód znajdziesz w Trellis.' },
    CHANNEL_SIGNAL: { subject: 'Sygnał kanału: {ref}', body: 'Dla partnera, którym się opiekujesz, pojawił się sygnał, że kanał wymaga zmian ({ref}); liczby znajdziesz w Trellis.' },
    POLICY_PUBLISHED: { subject: 'Nowa wersja zasad sprzedaży: {ref}', body: 'Opublikowano nową wersję zasad sprzedaży dla Twojego partnera: {ref}. Przeczytaj ją i potwierdź zapoznanie się w Trellis.' },
    ANNOUNCEMENT_PUBLISHED: { subject: 'Wiadomość od marki: {ref}', body: 'Marka opublikowała wiadomość dla Twojego partnera: {ref}. Przeczytasz ją w Trellis.' },
  },
};

export function notificationMail(
  to: { email: string; displayName: string; locale: string },
  kind: NotificationKind,
  reference: string | null,
  leadsUrl: string,
): MailMessage {
  const language = to.locale === 'pl' ? 'pl' : 'en';
  const text = TEXTS[language][kind];
  const fill = (s: string) => s.replace('{ref}', reference ?? '');
  const greeting = language === 'pl' ? `Dzień dobry, ${to.displayName},` : `Hello ${to.displayName},`;
  return { to: to.email, subject: fill(text.subject), text: `${greeting}\n\n${fill(text.body)}\n\n${leadsUrl}\n` };
}
