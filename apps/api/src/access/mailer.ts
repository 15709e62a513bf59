import nodemailer, { Transporter } from 'nodemailer';
import { logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail when SMTP_URL is set; without it, Trellis shows links on screen and sends nothing. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(smtpUrl: string | undefined, private readonly from: string) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({ from: this.from, ...message });
    logger.info({ to: message.to, subject: message.subject }, 'mail sent');
  }

  close(): void {
    this.transport?.close();
  }
}

export function invitationMail(to: string, displayName: string, url: string, expiresAt: Date): MailMessage {
  return {
    to,
    subject: 'Your Trellis invitation',
    text:
      `Hello ${displayName},\n\nyou have been invited to Trellis. Set your password here:\n\n${url}\n\n` +
      `The link works once, until ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`,
  };
}
