import { useState } from 'react';
import { Accordion, Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { ErrorState, FormAlert, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import {
  AudienceFields, AudienceText, DAY, DocumentBody, PolicyKindBadge, VersionStateBadge, audienceValues, formatDay, localToday, toAudienceInput, versionState,
  type AudienceValues,
} from '../../programs/shared';
import { AcknowledgmentTracker } from './AcknowledgmentTracker';

export const ChannelPolicyQuery = graphql(`
  query ChannelPolicy($id: ID!) {
    salesPolicy(id: $id) {
      id
      title
      kind
      audience {
        ...Audience_audience
      }
      firstPublishedAt
      currentVersion {
        id
      }
      latestVersion {
        id
        version
        effectiveOn
      }
      draft {
        id
        version
        body
        changeNote
        effectiveOn
        updatedAt
        acknowledgmentSummary {
          partners
        }
      }
      versions {
        id
        version
        status
        body
        changeNote
        effectiveOn
        publishedAt
        publishedBy {
          id
          displayName
        }
      }
    }
  }
`);

const UpdateSalesPolicy = graphql(`
  mutation UpdateSalesPolicy($input: UpdateSalesPolicyInput!) {
    updateSalesPolicy(input: $input) {
      policy {
        id
        title
        audience {
          ...Audience_audience
        }
      }
    }
  }
`);

const SaveSalesPolicyDraft = graphql(`
  mutation SaveSalesPolicyDraft($input: SaveSalesPolicyDraftInput!) {
    saveSalesPolicyDraft(input: $input) {
      version {
        id
        version
        body
        changeNote
        effectiveOn
        updatedAt
      }
    }
  }
`);

const PublishSalesPolicyVersion = graphql(`
  mutation PublishSalesPolicyVersion($input: PublishSalesPolicyVersionInput!) {
    publishSalesPolicyVersion(input: $input) {
      version {
        id
        status
        publishedAt
      }
    }
  }
`);

type Policy = ResultOf<typeof ChannelPolicyQuery>['salesPolicy'];

/** The policy's title and audience, changed in place by channel writers. */
function TitleAndAudience({ policy, canWrite }: { policy: Policy; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateSalesPolicy, {
    // The audience decides which partners a version reaches: its counts and lists are read again.
    refetchQueries: [ChannelPolicyQuery, 'PolicyAcknowledgments'],
    update: (cache) => cache.evict({ fieldName: 'salesPolicies' }),
  });
  const form = useForm<{ title: string; audience: AudienceValues }>({
    initialValues: { title: policy.title, audience: audienceValues(policy.audience) },
    validate: { title: (v) => (v.trim().length >= 3 ? null : t('programs.validation.title')) },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await update({ variables: { input: { policyId: policy.id, title: v.title.trim(), audience: toAudienceInput(v.audience) } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('common.saved') });
      setEditing(false);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  if (!editing) {
    return (
      <Stack gap={6}>
        <AudienceText audience={policy.audience} />
        {canWrite && (
          <Group>
            <Button size="xs" variant="light" onClick={() => { form.setValues({ title: policy.title, audience: audienceValues(policy.audience) }); form.resetDirty(); setEditing(true); }}>
              {t('programs.policy.editDetails')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-details-title">
      <form onSubmit={submit} noValidate data-testid="policy-details-form">
        <Stack>
          <Title order={2} size="h4" id="policy-details-title">{t('programs.policy.detailsTitle')}</Title>
          <FormAlert message={failure} />
          <TextInput label={t('programs.fields.title')} required maxLength={200} {...form.getInputProps('title')} />
          <AudienceFields form={form} />
          {policy.firstPublishedAt && <Text size="sm" c="dimmed">{t('programs.policy.audienceChangeHint')}</Text>}
          <Group>
            <Button type="submit" loading={loading}>{t('common.save')}</Button>
            <Button variant="default" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface DraftValues {
  body: string;
  effectiveOn: string;
  changeNote: string;
}

/**
 * The next version: the draft's editor (save, publish behind a confirmation that says how many partners it
 * reaches), or a way to start one from the latest text. Analysts read the draft.
 */
function DraftSection({ policy, canWrite }: { policy: Policy; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const { draft, latestVersion: latest } = policy;
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The policy is read again before saving counts as done: publishing right after a save asks for the same
  // query, and Apollo would join that to a read still under way from before the publication (whose draft
  // then overwrote the published version in the cache, on a slow machine).
  const [save, saving] = useMutation(SaveSalesPolicyDraft, { refetchQueries: [ChannelPolicyQuery], awaitRefetchQueries: true });
  const [publish] = useMutation(PublishSalesPolicyVersion, {
    refetchQueries: [ChannelPolicyQuery, 'PolicyAcknowledgments'],
    awaitRefetchQueries: true,
    update: (cache) => cache.evict({ fieldName: 'salesPolicies' }),
  });
  const today = localToday();
  const earliest = latest && latest.effectiveOn > today ? latest.effectiveOn : today;
  const initial = (): DraftValues => draft
    ? { body: draft.body, effectiveOn: draft.effectiveOn, changeNote: draft.changeNote }
    : { body: latest ? policy.versions.find((v) => v.id === latest.id)?.body ?? '' : '', effectiveOn: earliest, changeNote: '' };
  const form = useForm<DraftValues>({
    initialValues: initial(),
    validate: {
      body: (v) => (v.trim() ? null : t('validation.required')),
      effectiveOn: (v) => (DAY.test(v) ? null : t('programs.validation.day')),
    },
  });

  const saveDraft = async (values: DraftValues) => {
    await save({ variables: { input: { policyId: policy.id, body: values.body, effectiveOn: values.effectiveOn, changeNote: values.changeNote.trim() } } });
    form.resetDirty(values);
  };
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await saveDraft(values);
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.draft.saved') });
      setStarting(false);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  /** Saves what the editor holds (when changed), then publishes; a refusal shows at its field, the dialog closed. */
  const publishDraft = async (): Promise<boolean> => {
    if (!draft) return false;
    setFailure(null);
    const checked = form.validate();
    if (checked.hasErrors) return true;
    try {
      if (form.isDirty()) await saveDraft(form.getValues());
      await publish({ variables: { input: { versionId: draft.id } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.draft.published', { version: draft.version }) });
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
    return true;
  };

  if (!draft && !canWrite) return null;
  const nextVersion = draft ? draft.version : (policy.versions[0]?.version ?? 0) + 1;
  const heading = draft ? t('programs.draft.title', { version: draft.version }) : t('programs.draft.nextTitle');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-draft-title" data-testid="policy-draft-section">
      <Stack>
        <Title order={2} size="h4" id="policy-draft-title">{heading}</Title>
        {!draft && !starting && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('programs.draft.none')}</Text>
            <Button variant="light" onClick={() => { form.setValues(initial()); form.resetDirty(); setStarting(true); }}>
              {t('programs.draft.start', { version: nextVersion })}
            </Button>
          </Stack>
        )}
        {draft && !canWrite && (
          <Stack gap="xs">
            <Text size="sm">{t('programs.draft.effective', { date: formatDay(draft.effectiveOn, i18n.language) })}</Text>
            {draft.changeNote && <Text size="sm">{t('programs.versions.changeNote', { note: draft.changeNote })}</Text>}
            <DocumentBody body={draft.body} />
          </Stack>
        )}
        {canWrite && (draft || starting) && (
          <form onSubmit={submit} noValidate data-testid="policy-draft-form">
            <Stack>
              {draft && <Text size="sm" c="dimmed">{t('programs.draft.lastSaved', { date: formatDateTime(draft.updatedAt, i18n.language) })}</Text>}
              <FormAlert message={failure} />
              <Textarea label={t('programs.fields.body')} description={t('programs.fields.bodyHint')} required autosize minRows={8} maxRows={24} maxLength={50_000}
                {...form.getInputProps('body')} />
              <Group grow align="flex-start" wrap="wrap" gap="md">
                <TextInput type="date" label={t('programs.fields.effectiveOn')} required miw={200}
                  description={latest ? t('programs.fields.effectiveOnAfter', { date: formatDay(earliest, i18n.language) }) : t('programs.fields.effectiveOnHint')}
                  {...form.getInputProps('effectiveOn')} />
                <TextInput label={t('programs.fields.changeNote')} description={t('programs.fields.changeNoteHint')} maxLength={1000} miw={200}
                  {...form.getInputProps('changeNote')} />
              </Group>
              <Group gap="sm" wrap="wrap">
                <Button type="submit" variant={draft ? 'default' : 'filled'} loading={saving.loading}>{t('programs.draft.save')}</Button>
                {draft && (
                  <ConfirmButton
                    title={t('programs.draft.confirmTitle', { version: draft.version })}
                    message={t('programs.draft.confirmText', {
                      version: draft.version, title: policy.title, date: formatDay(form.getValues().effectiveOn || draft.effectiveOn, i18n.language),
                      count: draft.acknowledgmentSummary.partners,
                    })}
                    confirmLabel={t('programs.draft.confirm')}
                    confirmColor="trellis"
                    onConfirm={publishDraft}
                    data-testid="publish-policy"
                  >
                    {t('programs.draft.publish', { version: draft.version })}
                  </ConfirmButton>
                )}
                {!draft && <Button variant="default" onClick={() => setStarting(false)}>{t('common.cancel')}</Button>}
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** The versions, latest first, each readable: when it applies, who published it, what changed. */
function VersionHistory({ policy }: { policy: Policy }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const versions = policy.versions.filter((v) => v.status === 'PUBLISHED');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-versions-title">
      <Stack>
        <Title order={2} size="h4" id="policy-versions-title">{t('programs.versions.title')}</Title>
        {versions.length === 0 ? (
          <Text size="sm" c="dimmed">{t('programs.versions.none')}</Text>
        ) : (
          <Accordion multiple variant="separated" order={3} data-testid="policy-versions">
            {versions.map((version) => (
              <Accordion.Item key={version.id} value={version.id} data-testid="policy-version" data-version={version.version}>
                <Accordion.Control>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} size="sm">{t('programs.versions.name', { version: version.version })}</Text>
                    <VersionStateBadge state={versionState(version, policy.currentVersion?.id, today)} />
                    <Text size="sm">{t('programs.versions.appliesFrom', { date: formatDay(version.effectiveOn, i18n.language) })}</Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    {version.publishedAt && (
                      <Text size="xs" c="dimmed">
                        {version.publishedBy
                          ? t('programs.versions.publishedBy', { date: formatDateTime(version.publishedAt, i18n.language), name: version.publishedBy.displayName })
                          : t('programs.versions.published', { date: formatDateTime(version.publishedAt, i18n.language) })}
                      </Text>
                    )}
                    {version.changeNote && <Text size="sm">{t('programs.versions.changeNote', { note: version.changeNote })}</Text>}
                    <DocumentBody body={version.body} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}

/** /channel/policies/:id: a policy, its next version's draft, the acknowledgments of its latest version, and its history. */
export function PolicyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  const { data, loading, error, refetch } = useQuery(ChannelPolicyQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const policy = data?.salesPolicy;
  usePageTitle(policy?.title ?? t('programs.policies.title'), t('portal.channel'), 'Trellis');
  if (!policy && loading) return <LoadingState />;
  if (!policy) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <Anchor component={Link} to="/channel/policies" size="sm">{t('programs.policies.back')}</Anchor>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <PolicyKindBadge kind={policy.kind} />
          {!policy.firstPublishedAt && <Text size="sm" c="dimmed">{t('programs.policies.notPublished')}</Text>}
        </Group>
        <Title order={1} className="break-anywhere" data-testid="policy-heading">{policy.title}</Title>
        <TitleAndAudience key={policy.id} policy={policy} canWrite={canWrite} />
      </Stack>
      <DraftSection key={policy.draft?.id ?? 'none'} policy={policy} canWrite={canWrite} />
      {policy.latestVersion && <AcknowledgmentTracker policyId={policy.id} version={policy.latestVersion.version} canOpenPartners={canWrite} />}
      <VersionHistory policy={policy} />
    </Stack>
  );
}
