import { useState } from 'react';
import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SalesPolicyKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { AudienceFields, DAY, EVERY_PARTNER, POLICY_KINDS, localToday, toAudienceInput, type AudienceValues } from '../../programs/shared';

const CreateSalesPolicy = graphql(`
  mutation CreateSalesPolicy($input: CreateSalesPolicyInput!) {
    createSalesPolicy(input: $input) {
      policy {
        id
        title
      }
    }
  }
`);

interface NewPolicyValues {
  kind: string | null;
  title: string;
  audience: AudienceValues;
  body: string;
  effectiveOn: string;
  changeNote: string;
}

/** /channel/policies/new: a policy with the draft of its first version; nothing reaches partners until it is published. */
export function NewPolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('programs.newPolicy.title'), t('portal.channel'), 'Trellis');
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateSalesPolicy, {
    // Every cached list of policies may now miss the new one.
    update: (cache) => {
      cache.evict({ fieldName: 'salesPolicies' });
      cache.gc();
    },
  });
  const form = useForm<NewPolicyValues>({
    initialValues: { kind: null, title: '', audience: EVERY_PARTNER, body: '', effectiveOn: localToday(), changeNote: '' },
    validate: {
      kind: (v) => (v ? null : t('validation.required')),
      title: (v) => (v.trim().length >= 3 ? null : t('programs.validation.title')),
      body: (v) => (v.trim() ? null : t('validation.required')),
      effectiveOn: (v) => (DAY.test(v) ? null : t('programs.validation.day')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            kind: v.kind as SalesPolicyKind, title: v.title.trim(), audience: toAudienceInput(v.audience), body: v.body, effectiveOn: v.effectiveOn,
            changeNote: v.changeNote.trim(),
          },
        },
      });
      if (data) {
        notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.newPolicy.created', { title: data.createSalesPolicy.policy.title }) });
        void navigate(`/channel/policies/${data.createSalesPolicy.policy.id}`);
      }
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/channel/policies" size="sm">{t('programs.policies.back')}</Anchor>
      <div>
        <Title order={1}>{t('programs.newPolicy.title')}</Title>
        <Text c="dimmed">{t('programs.newPolicy.intro')}</Text>
      </div>
      <form onSubmit={submit} noValidate data-testid="new-policy-form">
        <Stack>
          <FormAlert message={failure} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('programs.fields.kind')} required data={POLICY_KINDS.map((k) => ({ value: k, label: t(`programs.policyKind.${k}`) }))}
              {...form.getInputProps('kind')} />
            <TextInput label={t('programs.fields.title')} required maxLength={200} {...form.getInputProps('title')} />
          </SimpleGrid>
          <AudienceFields form={form} />
          <Textarea label={t('programs.fields.body')} description={t('programs.fields.bodyHint')} required autosize minRows={8} maxRows={24} maxLength={50_000}
            {...form.getInputProps('body')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('programs.fields.effectiveOn')} description={t('programs.fields.effectiveOnHint')} required
              {...form.getInputProps('effectiveOn')} />
            <TextInput label={t('programs.fields.changeNote')} description={t('programs.fields.changeNoteFirstHint')} maxLength={1000}
              {...form.getInputProps('changeNote')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading}>{t('programs.newPolicy.submit')}</Button>
            <Button component={Link} to="/channel/policies" variant="default">{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
