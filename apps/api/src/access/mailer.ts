import nodemailer, { Transporter } from 'nodemailer';
import { logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * nodemailer waits minutes by default (2 min to connect, 10 min of silence): a job stuck on a dead relay
 * would outlast the 10 s a stop allows, and its mail would wait for the job's lock to expire. Settings of
 * the same name in SMTP_URL's query win.
 */
const SMTP_TIMEOUTS_MS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 8_000 };

/** SMTP_URL with the timeouts above added where it names none. */
export function smtpUrlWithTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, ms] of Object.entries(SMTP_TIMEOUTS_MS)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  return url.toString();
}

/** Sends mail when SMTP_URL is set; without it, Trellis shows links on screen and sends nothing. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(smtpUrl: string | undefined, private readonly from: string) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrlWithTimeouts(smtpUrl)) : null;
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
