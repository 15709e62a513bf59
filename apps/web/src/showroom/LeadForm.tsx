import { useState } from 'react';
import { Button, Checkbox, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { usePublicMutation } from '../publicClient';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { quantityText, type BasketLine } from './basket';
import { useShowroom } from './useShowroom';

const SubmitShowroomLeadMutation = graphql(`
  mutation SubmitShowroomLead($input: SubmitShowroomLeadInput!) {
    submitShowroomLead(input: $input) {
      reference
    }
  }
`);

const ContactPartnerMutation = graphql(`
  mutation ContactPartner($input: ContactPartnerInput!) {
    contactPartner(input: $input) {
      reference
    }
  }
`);

interface LeadValues {
  name: string;
  company: string;
  email: string;
  phone: string;
  postalCode: string;
  message: string;
  consent: boolean;
  website: string;
}

const optional = (v: string) => (v.trim() ? v.trim() : null);

interface Props {
  lines: readonly BasketLine[];
  onSent: (reference: string) => void;
  /** A partner picked in the locator (with or without a showroom): the form goes to it, inside a dialog that names it. */
  partner?: { id: string; name: string };
}

/**
 * "Request a quote": the visitor's contact details and the basket, for the showroom's partner (or the brand),
 * or "ask for an offer" for a partner of the locator.
 */
export function LeadForm({ lines, onSent, partner }: Props) {
  const { t } = useTranslation();
  const { showroom, slug, isBrand } = useShowroom();
  const [failure, setFailure] = useState<string | null>(null);
  const [submitToShowroom, showroomRequest] = usePublicMutation(SubmitShowroomLeadMutation);
  const [submitToPartner, partnerRequest] = usePublicMutation(ContactPartnerMutation);
  const loading = showroomRequest.loading || partnerRequest.loading;
  // The very words the visitor agrees to are stored with the lead.
  const consentText = t('lead.consent', { name: partner?.name ?? showroom.displayName });
  const form = useForm<LeadValues>({
    initialValues: { name: '', company: '', email: '', phone: '', postalCode: '', message: '', consent: false, website: '' },
    validate: {
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 120 ? null : t('validation.nameLength')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      phone: (v) => (!v.trim() || /^\+?[0-9 ()\-/]{5,30}$/.test(v.trim()) ? null : t('validation.phone')),
      postalCode: (v) => (!v.trim() || /^[0-9A-Za-z \-]{2,12}$/.test(v.trim()) ? null : t('validation.postalCode')),
      consent: (v) => (v ? null : t('lead.consentRequired')),
    },
  });

  const send = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const input = {
        name: v.name.trim(),
        company: optional(v.company),
        email: v.email.trim(),
        phone: optional(v.phone),
        postalCode: optional(v.postalCode),
        message: v.message.trim(),
        consent: v.consent,
        consentText,
        items: lines.map((line) => ({ productId: line.productId, quantity: quantityText(line.quantity) })),
        website: v.website || null,
      };
      if (partner) {
        const data = await submitToPartner({ input: { ...input, partnerId: partner.id } });
        onSent(data.contactPartner.reference);
      } else {
        const data = await submitToShowroom({ input: { ...input, slug } });
        onSent(data.submitShowroomLead.reference);
      }
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  const content = (
    <form onSubmit={send} noValidate>
      <Stack>
        {partner ? (
          <Text size="sm" c="dimmed">
            {t('lead.contactIntro', { name: partner.name })}
          </Text>
        ) : (
          <div>
            <Title order={2} size="h3" id="lead-title">
              {t('lead.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {isBrand ? t('lead.introBrand') : t('lead.intro', { name: showroom.displayName })}
            </Text>
          </div>
        )}
        <FormAlert message={failure} title={t('lead.failed')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('lead.name')} required autoComplete="name" {...form.getInputProps('name')} />
          <TextInput label={t('lead.company')} autoComplete="organization" {...form.getInputProps('company')} />
          <TextInput label={t('lead.email')} type="email" required autoComplete="email" {...form.getInputProps('email')} />
          <TextInput label={t('lead.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('lead.postalCode')} autoComplete="postal-code" {...form.getInputProps('postalCode')} />
        </SimpleGrid>
        <Textarea label={t('lead.message')} autosize minRows={3} maxLength={4000} {...form.getInputProps('message')} />
        {/* Bots fill in every field; people never see this one, and the API ignores requests that have it. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="lead-website">Website</label>
          <input
            id="lead-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={form.values.website}
            onChange={(event) => form.setFieldValue('website', event.currentTarget.value)}
          />
        </div>
        <Checkbox label={consentText} {...form.getInputProps('consent', { type: 'checkbox' })} data-testid="lead-consent" />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('lead.submit')}
        </Button>
      </Stack>
    </form>
  );
  if (partner) return content;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-title">
      {content}
    </Paper>
  );
}
