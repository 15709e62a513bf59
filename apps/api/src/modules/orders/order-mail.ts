import type { MailMessage } from '../../access/mailer';
import { OrderAction } from './order.types';

/** The steps a sell-out order's customer hears of by email. */
export const CUSTOMER_MAILED = new Set<OrderAction>([OrderAction.CONFIRMED, OrderAction.SHIPPED, OrderAction.DELIVERED, OrderAction.CANCELLED]);

type Language = 'en' | 'pl';

/** The customer's language: the selling partner's country's where Trellis speaks it, else English. */
export const customerLanguage = (country: string | null): Language => (country === 'PL' ? 'pl' : 'en');

const TEXTS: Record<Language, { subject: Record<string, string>; body: Record<string, string>; parcel: string; part: string; status: string; signature: string }> = {
  en: {
    subject: { CONFIRMED: 'Your order {number} is confirmed', SHIPPED: 'Your order {number} is on its way', DELIVERED: 'Your order {number} was delivered', CANCELLED: 'Your order {number} was cancelled' },
    body: {
      CONFIRMED: 'We have confirmed your order {number}.',
      SHIPPED: 'Your order {number} is on its way.',
      DELIVERED: 'Your order {number} has been delivered.',
      CANCELLED: 'We have cancelled your order {number}.',
    },
    parcel: 'Parcel: {carrier}, tracking reference {tracking}.',
    part: 'This parcel holds part of your order; the rest follows.',
    status: 'Follow your order at {url} with its number and this email address.',
    signature: '{partner}',
  },
  pl: {
    subject: { CONFIRMED: 'Zamówienie {number} zostało potwierdzone', SHIPPED: 'Zamówienie {number} zostało wysłane', DELIVERED: 'Zamówienie {number} zostało doręczone', CANCELLED: 'Zamówienie {number} zostało anulowane' },
    body: {
      CONFIRMED: 'Potwierdziliśmy Twoje zamówienie {number}.',
      SHIPPED: 'Twoje zamówienie {number} jest w drodze.',
      DELIVERED: 'Twoje zamówienie {number} zostało doręczone.',
      CANCELLED: 'Anulowaliśmy Twoje zamówienie {number}.',
    },
    parcel: 'Przesyłka: {carrier}, numer śledzenia {tracking}.',
    part: 'Ta przesyłka zawiera część zamówienia; reszta zostanie wysłana później.',
    status: 'Stan zamówienia sprawdzisz na {url}, podając jego numer i ten adres e-mail.',
    signature: '{partner}',
  },
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The customer's email about one step of their order, in their language, from the selling partner (its signature). */
export function customerMail(step: {
  to: string; number: string; partnerName: string; action: OrderAction; language: Language; statusUrl: string;
  parcel?: { carrier: string; trackingReference: string; partial: boolean } | null;
}): MailMessage {
  const t = TEXTS[step.language];
  const values = { number: step.number, partner: step.partnerName, url: step.statusUrl, carrier: step.parcel?.carrier ?? '', tracking: step.parcel?.trackingReference ?? '' };
  const lines = [fill(t.body[step.action], values)];
  if (step.parcel && step.action === OrderAction.SHIPPED) lines.push(fill(t.parcel, values), ...(step.parcel.partial ? [t.part] : []));
  lines.push('', fill(t.status, values), '', fill(t.signature, values));
  return { to: step.to, subject: fill(t.subject[step.action], values), text: lines.join('\n') };
}
