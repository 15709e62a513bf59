import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useSaveForm } from '../ui/useSaveForm';
import { FormAlert } from '../ui/states';

const CreateLead = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        id
        reference
      }
    }
  }
`);

interface Values {
  name: string;
  company: string;
  email: string;
  phone: string;
  postalCode: string;
  country: string;
  message: string;
  consentText: string;
}

/** A lead brand staff file themselves (a call, a trade fair); it joins the board, waiting for dispatch. */
export function NewLeadForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [create, creating] = useMutation(CreateLead, { refetchQueries: ['LeadInbox', 'LeadCount'], awaitRefetchQueries: true });
  const form = useForm<Values>({
    initialValues: { name: '', company: '', email: '', phone: '', postalCode: '', country: 'PL', message: '', consentText: '' },
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      email: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : t('validation.email')),
      phone: (v) => (!v.trim() || /^\+?[0-9 ()\-/]{5,30}$/.test(v.trim()) ? null : t('validation.phone')),
      postalCode: (v) => (v.trim().length <= 12 ? null : t('validation.postalCode')),
      country: (v) => (!v || /^[A-Z]{2}$/.test(v) ? null : t('validation.country')),
      consentText: (v) => (v.trim().length >= 5 ? null : t('leads.consentRequired')),
    },
  });
  const { submit, failure } = useSaveForm(form, async (v) => {
    await create({
      variables: {
        input: {
          name: v.name.trim(), company: v.company.trim() || null, email: v.email.trim(), phone: v.phone.trim() || null, postalCode: v.postalCode.trim() || null,
          country: v.country || null, message: v.message.trim(), consentText: v.consentText.trim(), items: [],
        },
      },
    });
  }, onDone);
  return (
    <form onSubmit={submit} noValidate data-testid="new-lead-form">
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('leads.contactName')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('leads.company')} {...form.getInputProps('company')} />
          <TextInput label={t('leads.email')} type="email" required {...form.getInputProps('email')} />
          <TextInput label={t('leads.phone')} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('leads.postalCode')} {...form.getInputProps('postalCode')} />
          <TextInput label={t('leads.country')} maxLength={2} {...form.getInputProps('country')}
            onChange={(e) => form.setFieldValue('country', e.currentTarget.value.toUpperCase())} />
        </SimpleGrid>
        <Textarea label={t('leads.messageLabel')} autosize minRows={2} maxLength={4000} {...form.getInputProps('message')} />
        <TextInput label={t('leads.consentLabel')} description={t('leads.consentHint')} required maxLength={2000} {...form.getInputProps('consentText')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={creating.loading}>{t('leads.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
