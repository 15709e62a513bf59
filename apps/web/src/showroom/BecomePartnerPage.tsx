import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Code, Fieldset, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationLanguage, PartnerKind } from '../gql/graphql';
import { graphql } from '../gql';
import { usePublicMutation } from '../publicClient';
import { enBecomePartner } from '../i18n/en-become-partner';
import { plBecomePartner } from '../i18n/pl-become-partner';
import { applyServerErrors, errorCode, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { useShowroom } from './useShowroom';

const ApplyForPartnershipMutation = graphql(`
  mutation ApplyForPartnership($input: ApplyForPartnershipInput!) {
    applyForPartnership(input: $input) {
      reference
      status
    }
  }
`);

type Texts = typeof enBecomePartner;

/**
 * This page's texts in the UI's language. They come with this page's chunk rather than with the public part of
 * the texts (i18n/en.ts), which every visitor's first load carries; `{{name}}` placeholders are filled here.
 */
function useTexts(): { texts: Texts; fill: (text: string, values: Record<string, string>) => string; language: ApplicationLanguage } {
  const { i18n } = useTranslation();
  const polish = i18n.language?.startsWith('pl');
  return {
    texts: (polish ? plBecomePartner : enBecomePartner) as Texts,
    fill: (text, values) => text.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match),
    language: polish ? 'PL' : 'EN',
  };
}

const KINDS: readonly PartnerKind[] = ['DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER'];

/** The countries offered (ISO 3166-1 alpha-2), named in the UI's language by the browser. */
const COUNTRIES = [
  'PL', 'DE', 'CZ', 'SK', 'LT', 'LV', 'EE', 'UA', 'AT', 'CH', 'HU', 'RO', 'BG', 'HR', 'SI', 'NL', 'BE', 'LU', 'FR', 'IT',
  'ES', 'PT', 'DK', 'SE', 'NO', 'FI', 'IE', 'GB', 'GR', 'CY', 'MT', 'IS', 'RS', 'BA', 'ME', 'MK', 'AL', 'MD', 'TR', 'US', 'CA',
];

interface ApplicationValues {
  companyName: string;
  kind: string | null;
  taxId: string;
  country: string | null;
  city: string;
  postalCode: string;
  website: string;
  territory: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  references: string;
  message: string;
  consent: boolean;
}

const optional = (v: string) => (v.trim() ? v.trim() : null);

function Sent({ reference, email, texts, fill }: { reference: string; email: string } & Pick<ReturnType<typeof useTexts>, 'texts' | 'fill'>) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: focus moves to the news, so screen readers read it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="xl" maw={680} role="status" data-testid="application-sent">
      <Stack>
        <Title order={1} size="h2" ref={heading} tabIndex={-1}>
          {texts.sentTitle}
        </Title>
        <Text>{fill(texts.sentText, { reference, email })}</Text>
        <Text>
          {texts.reference} <Code data-testid="application-reference">{reference}</Code>
        </Text>
        <Button component={Link} to="/" variant="light" style={{ alignSelf: 'flex-start' }}>
          {texts.backHome}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * /become-a-partner: a company asks to become a partner (anonymously). Checks in the browser what the API
 * checks, shows the API's refusals at their fields, and answers with the reference to quote.
 */
export function BecomePartnerPage() {
  const { t, i18n } = useTranslation();
  const { texts, fill, language } = useTexts();
  const { showroom } = useShowroom();
  usePageTitle(texts.pageTitle, showroom.displayName);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<{ reference: string; email: string } | null>(null);
  const [apply, { loading }] = usePublicMutation(ApplyForPartnershipMutation);
  // The very words the visitor agrees to are stored with the application.
  const consentText = fill(texts.consent, { brand: showroom.displayName });
  const countries = useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    } catch {
      // An old browser: the codes alone.
    }
    return COUNTRIES.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [i18n.language]);
  const form = useForm<ApplicationValues>({
    initialValues: {
      companyName: '', kind: null, taxId: '', country: language === 'PL' ? 'PL' : null, city: '', postalCode: '', website: '', territory: '',
      contactName: '', contactEmail: '', contactPhone: '', references: '', message: '', consent: false,
    },
    validate: {
      companyName: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      kind: (v) => (v ? null : t('validation.required')),
      taxId: (v) => (/^[A-Za-z0-9 .\-/]{4,40}$/.test(v.trim()) && /^[A-Za-z0-9]{4,20}$/.test(v.replace(/[\s.\-/]/g, '')) ? null : texts.taxIdInvalid),
      country: (v) => (v && /^[A-Z]{2}$/.test(v) ? null : t('validation.required')),
      city: (v) => (v.trim() ? null : t('validation.required')),
      postalCode: (v) => (!v.trim() || /^[0-9A-Za-z \-]{2,12}$/.test(v.trim()) ? null : t('validation.postalCode')),
      website: (v) => (!v.trim() || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v.trim()) ? null : t('validation.website')),
      contactName: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      contactEmail: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      contactPhone: (v) => (!v.trim() || /^\+?[0-9 ()\-/]{5,30}$/.test(v.trim()) ? null : t('validation.phone')),
      consent: (v) => (v ? null : texts.consentRequired),
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const data = await apply({
        input: {
          companyName: v.companyName.trim(), kind: v.kind as PartnerKind, taxId: v.taxId.trim(), country: v.country ?? '', city: v.city.trim(),
          postalCode: optional(v.postalCode), website: optional(v.website), territory: v.territory.trim(), contactName: v.contactName.trim(),
          contactEmail: v.contactEmail.trim(), contactPhone: optional(v.contactPhone), references: v.references.trim(), message: v.message.trim(),
          consent: v.consent, consentText, language,
        },
      });
      setSent({ reference: data.applyForPartnership.reference, email: v.contactEmail.trim() });
    } catch (error) {
      // Too many from this address: say what to do rather than "too many requests".
      setFailure(errorCode(error) === 'LIMIT_EXCEEDED' ? texts.limit : applyServerErrors(form, error));
    }
  }, focusFirstError);

  if (sent) return <Sent reference={sent.reference} email={sent.email} texts={texts} fill={fill} />;
  const label = (text: string) => `${text} (${texts.optional})`;
  return (
    <Stack maw={820}>
      <div>
        <Title order={1}>{texts.title}</Title>
        <Text mt="xs">{fill(texts.intro, { brand: showroom.displayName })}</Text>
      </div>
      <form onSubmit={submit} noValidate aria-label={texts.title} data-testid="become-partner-form">
        <Stack>
          <FormAlert message={failure} title={texts.failed} />
          <Fieldset legend={texts.company}>
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={texts.companyName} required autoComplete="organization" maxLength={200} {...form.getInputProps('companyName')} />
                <TextInput label={texts.taxId} description={texts.taxIdHint} required maxLength={40} {...form.getInputProps('taxId')} />
              </SimpleGrid>
              <Select
                label={texts.kind}
                description={texts.kindHint}
                required
                data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                {...form.getInputProps('kind')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={texts.country}
                  description={texts.countryHint}
                  required
                  searchable
                  data={countries}
                  autoComplete="off"
                  {...form.getInputProps('country')}
                />
                <TextInput label={texts.city} required autoComplete="address-level2" maxLength={100} {...form.getInputProps('city')} />
                <TextInput label={label(texts.postalCode)} autoComplete="postal-code" maxLength={12} {...form.getInputProps('postalCode')} />
              </SimpleGrid>
              <TextInput label={label(texts.website)} description={texts.websiteHint} type="url" autoComplete="url" maxLength={200} {...form.getInputProps('website')} />
              <Textarea label={label(texts.territory)} description={texts.territoryHint} autosize minRows={2} maxLength={500} {...form.getInputProps('territory')} />
            </Stack>
          </Fieldset>
          <Fieldset legend={texts.contact}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={texts.contactName} required autoComplete="name" maxLength={120} {...form.getInputProps('contactName')} />
              <TextInput label={texts.contactEmail} description={texts.contactEmailHint} type="email" required autoComplete="email" maxLength={254} {...form.getInputProps('contactEmail')} />
              <TextInput label={label(texts.contactPhone)} type="tel" autoComplete="tel" maxLength={30} {...form.getInputProps('contactPhone')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={texts.about}>
            <Stack>
              <Textarea label={label(texts.references)} description={texts.referencesHint} autosize minRows={2} maxLength={2000} {...form.getInputProps('references')} />
              <Textarea label={label(texts.message)} description={texts.messageHint} autosize minRows={3} maxLength={2000} {...form.getInputProps('message')} />
            </Stack>
          </Fieldset>
          <Checkbox label={consentText} {...form.getInputProps('consent', { type: 'checkbox' })} data-testid="application-consent" />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {texts.submit}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
