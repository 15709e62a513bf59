import i18next from 'i18next';

/** The API's password rule (apps/api access/password.ts), checked early so that people see it at once. */
export const MIN_PASSWORD_LENGTH = 10;

export function checkNewPassword(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return i18next.t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH });
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) return i18next.t('validation.passwordMix');
  return null;
}
