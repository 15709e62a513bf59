import { useRef, useState } from 'react';
import { Anchor, Breadcrumbs, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ServiceSeverity } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { ServiceArticleSuggestions } from '../../ui/ServiceArticles';
import { SERVICE_SEVERITIES } from '../../ui/ServiceBadges';
import { ServiceProductSelect } from '../../ui/ServiceProductSelect';
import { EmptyState, FormAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';

const OpenServiceCase = graphql(`
  mutation OpenServiceCase($input: OpenServiceCaseInput!) {
    openServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

interface Values {
  productId: string | null;
  serialNumber: string;
  customer: { name: string; email: string; phone: string };
  description: string;
  severity: ServiceSeverity;
  solutionArticleId: string | null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 ()\-/]{5,30}$/;

/**
 * A customer's problem, logged by the partner that serves them. While the problem is typed, the brand owner's
 * published solution articles that match it show right below it: the partner may find the answer there, and
 * mark the article that helped.
 */
export function NewServiceCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('service.newTitle'), 'Trellis');
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [openCase, opening] = useMutation(OpenServiceCase);
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const form = useForm<Values>({
    initialValues: {
      productId: null, serialNumber: '', customer: { name: '', email: '', phone: '' }, description: '', severity: 'MEDIUM', solutionArticleId: null,
    },
    validate: {
      customer: {
        name: (v) => (v.trim() ? null : t('validation.required')),
        // The customer must be reachable: an email or a phone, either will do.
        email: (v, values) => (v.trim() ? (EMAIL.test(v.trim()) ? null : t('validation.email')) : values.customer.phone.trim() ? null : t('service.contactRequired')),
        phone: (v) => (!v.trim() || PHONE.test(v.trim()) ? null : t('validation.phone')),
      },
      description: (v) => (v.trim().length >= 3 ? null : t('service.descriptionLength')),
    },
  });

  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  const partnerId = viewer.partner.id;

  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      const result = await openCase({
        variables: {
          input: {
            partnerId,
            productId: v.productId,
            serialNumber: v.serialNumber.trim() || null,
            customer: { name: v.customer.name.trim(), email: v.customer.email.trim() || null, phone: v.customer.phone.trim() || null },
            description: v.description.trim(),
            severity: v.severity,
            solutionArticleId: v.solutionArticleId,
          },
        },
      });
      const opened = result.data?.openServiceCase.serviceCase;
      if (!opened) throw new Error('openServiceCase answered no case');
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('service.openedNotice', { number: opened.number }) });
      void navigate(`/partner/service/${opened.id}`);
    } catch (error) {
      // The article marked as helpful has no field of its own: a refusal of it shows above the form.
      setFailure(applyServerErrors(form, error, { solutionArticleId: 'solutionArticle' }));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  return (
    <Stack maw={860}>
      <Breadcrumbs>
        <Anchor component={Link} to="/partner/service">
          {t('service.title')}
        </Anchor>
        <span>{t('service.newTitle')}</span>
      </Breadcrumbs>
      <Title order={1}>{t('service.newTitle')}</Title>
      <Text c="dimmed">{t('service.newIntro')}</Text>
      <form onSubmit={submit} noValidate data-testid="new-service-form">
        <Stack>
          <FormAlert message={failure} />
          <Fieldset legend={t('service.problemTitle')}>
            <Stack>
              <ServiceProductSelect label={t('service.product')} description={t('service.productHint')} value={form.getValues().productId}
                onChange={(id) => form.setFieldValue('productId', id)} error={form.errors.productId as string | undefined} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('service.serialNumber')} maxLength={100} autoComplete="off" {...form.getInputProps('serialNumber')} />
                <NativeSelect label={t('service.severityColumn')} data={SERVICE_SEVERITIES.map((s) => ({ value: s, label: t(`service.severity.${s}`) }))}
                  {...form.getInputProps('severity')} />
              </SimpleGrid>
              <Textarea label={t('service.description')} description={t('service.descriptionHint')} required maxLength={5000} autosize minRows={4}
                {...form.getInputProps('description')} />
            </Stack>
          </Fieldset>
          {/* Right under the description, where the eye is while typing, on a phone too. */}
          <ServiceArticleSuggestions description={form.getValues().description} linkedId={form.getValues().solutionArticleId}
            onLink={(id) => form.setFieldValue('solutionArticleId', id)} />
          <Fieldset legend={t('service.customerTitle')}>
            <Stack>
              <TextInput label={t('service.customerName')} required maxLength={120} autoComplete="off" {...form.getInputProps('customer.name')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('service.email')} type="email" maxLength={254} autoComplete="off" {...form.getInputProps('customer.email')} />
                <TextInput label={t('service.phone')} type="tel" maxLength={30} autoComplete="off" {...form.getInputProps('customer.phone')} />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('service.contactHint')}
              </Text>
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/partner/service">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={opening.loading} data-testid="open-case">
              {t('service.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
