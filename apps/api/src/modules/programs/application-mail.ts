import type { MailMessage } from '../../access/mailer';
import { ApplicationLanguage } from './application.types';

/** The applicant is not a user: the mail goes to the form's contact, in the language the form was sent in. */
export function rejectionMail(to: { contactEmail: string; contactName: string; companyName: string; number: string; language: ApplicationLanguage }, reason: string): MailMessage {
  if (to.language === ApplicationLanguage.PL) {
    return {
      to: to.contactEmail,
      subject: `Zgłoszenie partnerskie ${to.number}`,
      text: `Dzień dobry ${to.contactName},\n\ndziękujemy za zgłoszenie firmy ${to.companyName} do naszego programu partnerskiego. `
        + `Niestety nie możemy go teraz przyjąć.\n\nPowód: ${reason}\n\nNumer zgłoszenia: ${to.number}\n`,
    };
  }
  return {
    to: to.contactEmail,
    subject: `Your partner application ${to.number}`,
    text: `Hello ${to.contactName},\n\nthank you for applying with ${to.companyName} to become our partner. `
      + `We cannot accept the application at this time.\n\nReason: ${reason}\n\nApplication reference: ${to.number}\n`,
  };
}
