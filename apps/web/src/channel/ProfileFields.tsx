import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export interface ProfileValues {
  name: string;
  email: string;
  phone: string;
  website: string;
  street: string;
  city: string;
  postalCode: string;
  region: string;
  country: string;
  latitude: number | string;
  longitude: number | string;
  taxId: string;
}

export const EMPTY_PROFILE: ProfileValues = {
  name: '', email: '', phone: '', website: '', street: '', city: '', postalCode: '', region: '', country: '', latitude: '', longitude: '', taxId: '',
};

/** The API's shape rules for a profile (partner.inputs.ts), checked before sending. */
export function profileRules(t: TFunction) {
  const optional = (test: (v: string) => boolean, message: string) => (v: string) => (!v.trim() || test(v.trim()) ? null : message);
  return {
    name: (v: string) => (v.trim().length >= 2 && v.trim().length <= 200 ? null : t('validation.nameLength')),
    city: (v: string) => (v.trim() ? null : t('validation.required')),
    country: (v: string) => (/^[A-Z]{2}$/.test(v.trim()) ? null : t('validation.country')),
    email: optional((v) => /^\S+@\S+\.\S+$/.test(v), t('validation.email')),
    phone: optional((v) => /^\+?[0-9 ()\-/]{5,30}$/.test(v), t('validation.phone')),
    website: optional((v) => /^https?:\/\/\S+\.\S+/.test(v), t('validation.website')),
    postalCode: optional((v) => v.length <= 12, t('validation.postalCode')),
    // As the API stores it (domain/tax-id.ts): spaces, dots, dashes and slashes fall away.
    taxId: optional((v) => v.length <= 40 && /^[A-Za-z0-9]{4,20}$/.test(v.replace(/[\s.\-/]/g, '')), t('validation.taxId')),
  };
}

const text = (v: string) => (v.trim() ? v.trim() : null);
const num = (v: number | string) => (typeof v === 'number' ? v : null);

/** Optional fields left empty are sent as null: on update that clears them. */
export function toProfileInput(v: ProfileValues) {
  return {
    name: v.name.trim(),
    city: v.city.trim(),
    country: v.country.trim(),
    email: text(v.email),
    phone: text(v.phone),
    website: text(v.website),
    street: text(v.street),
    postalCode: text(v.postalCode),
    region: text(v.region),
    latitude: num(v.latitude),
    longitude: num(v.longitude),
    taxId: text(v.taxId),
  };
}

/** The part of a form these fields use: the form may hold more than the profile (code and kind on create). */
interface ProfileForm {
  getInputProps(path: keyof ProfileValues): ReturnType<UseFormReturnType<ProfileValues>['getInputProps']>;
  setFieldValue(path: 'country', value: string): void;
}

export function ProfileFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('partner.name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('partner.street')} autoComplete="street-address" {...form.getInputProps('street')} />
        <TextInput label={t('partner.city')} required {...form.getInputProps('city')} />
        <TextInput label={t('partner.postalCode')} {...form.getInputProps('postalCode')} />
        <TextInput label={t('partner.region')} {...form.getInputProps('region')} />
        <TextInput
          label={t('partner.country')}
          description={t('partner.countryHint')}
          required
          maxLength={2}
          {...form.getInputProps('country')}
          onChange={(event) => form.setFieldValue('country', event.currentTarget.value.toUpperCase())}
        />
        <TextInput label={t('partner.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('partner.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('partner.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
        <NumberInput label={t('partner.latitude')} min={-90} max={90} decimalScale={6} {...form.getInputProps('latitude')} />
        <NumberInput label={t('partner.longitude')} min={-180} max={180} decimalScale={6} {...form.getInputProps('longitude')} />
        <TextInput label={t('partner.taxId')} description={t('partner.taxIdHint')} maxLength={40} {...form.getInputProps('taxId')} />
      </SimpleGrid>
    </>
  );
}
