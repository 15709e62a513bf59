import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Alert, Anchor, Box, Breadcrumbs, Button, Grid, Group, List, Modal, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { ApprovePartnerApplicationMutation, PartnerApplicationPageQuery } from '../../gql/graphql';
import { CopyField } from '../../ui/CopyField';
import { applyServerErrors, errorCode, fieldErrors, focusFirstError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { PartnerStatusBadge } from '../../ui/PartnerStatusBadge';
import { ErrorState, FormAlert, LoadingState, NotFoundState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { forgetPartnerLists } from '../partnerCache';
import { usePartnerOptions } from '../partnerOptions';
import { ApplicationStatusBadge, countryName } from './applicationParts';

graphql(`
  fragment ApplicationDecision_application on PartnerApplication {
    id
    status
    decisionReason
    decidedAt
    decidedBy {
      id
      displayName
    }
    partner {
      id
      name
      code
      status
    }
  }
`);

const PartnerApplicationPageQuery = graphql(`
  query PartnerApplicationPage($id: ID!) {
    partnerApplication(id: $id) {
      id
      number
      companyName
      kind
      country
      city
      postalCode
      website
      taxId
      taxIdGiven
      territory
      contactName
      contactEmail
      contactPhone
      references
      message
      consentText
      consentGivenAt
      language
      createdAt
      ...ApplicationDecision_application
      duplicates {
        reasons
        partner {
          id
          name
          code
        }
      }
    }
  }
`);

const ApprovePartnerApplication = graphql(`
  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {
    approvePartnerApplication(input: $input) {
      application {
        id
        ...ApplicationDecision_application
      }
      partner {
        id
        code
        name
        kind
        status
      }
      firstManagerInvitation {
        invitationUrl
        expiresAt
        user {
          id
          email
          displayName
        }
      }
    }
  }
`);

const RejectPartnerApplication = graphql(`
  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {
    rejectPartnerApplication(input: $input) {
      application {
        id
        ...ApplicationDecision_application
      }
    }
  }
`);

type Application = PartnerApplicationPageQuery['partnerApplication'];
type Approved = ApprovePartnerApplicationMutation['approvePartnerApplication'];

/** A decided application leaves the queue it was in (and the home page's count): the lists are read afresh. */
function forgetApplicationLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'partnerApplications' });
  cache.gc();
}

/** One fact of the application: its name, and the value (or "Not given"). */
function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} className="break-anywhere" style={{ whiteSpace: 'pre-line' }} data-testid={testId}>
        {empty ? t('applications.none') : children}
      </Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Details({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const a = application;
  return (
    <Stack>
      <Section id="application-company" title={t('applications.company')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} spacing="sm">
          <Fact label={t('applications.kind')}>{t(`kind.${a.kind}`)}</Fact>
          <Fact label={t('applications.taxId')} testId="application-tax-id">
            {a.taxIdGiven}
            {a.taxIdGiven !== a.taxId && (
              <Text span size="xs" c="dimmed" display="block">
                {t('applications.taxIdNormalised', { taxId: a.taxId })}
              </Text>
            )}
          </Fact>
          <Fact label={t('applications.country')}>{countryName(a.country, i18n.language)}</Fact>
          <Fact label={t('applications.city')}>{[a.postalCode, a.city].filter(Boolean).join(' ')}</Fact>
          <Fact label={t('applications.website')}>
            {a.website && (
              <Anchor href={a.website} target="_blank" rel="noopener noreferrer" underline="always">
                {a.website}
              </Anchor>
            )}
          </Fact>
          <Fact label={t('applications.territory')}>{a.territory}</Fact>
        </SimpleGrid>
      </Section>
      <Section id="application-contact" title={t('applications.contact')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0} spacing="sm">
          <Fact label={t('applications.contactName')}>{a.contactName}</Fact>
          <Fact label={t('applications.contactEmail')}>
            <Anchor href={`mailto:${a.contactEmail}`} underline="always">
              {a.contactEmail}
            </Anchor>
          </Fact>
          <Fact label={t('applications.contactPhone')}>
            {a.contactPhone && (
              <Anchor href={`tel:${a.contactPhone.replace(/[^+\d]/g, '')}`} underline="always">
                {a.contactPhone}
              </Anchor>
            )}
          </Fact>
          <Fact label={t('applications.language')}>{t(`applications.languages.${a.language}`)}</Fact>
        </SimpleGrid>
      </Section>
      <Section id="application-about" title={t('applications.about')}>
        <Stack component="dl" m={0} gap="sm">
          <Fact label={t('applications.references')}>{a.references}</Fact>
          <Fact label={t('applications.message')} testId="application-message">{a.message}</Fact>
          <Fact label={t('applications.consent')}>
            {t('applications.consentGiven', { date: formatDateTime(a.consentGivenAt, i18n.language) })} “{a.consentText}”
          </Fact>
        </Stack>
      </Section>
    </Stack>
  );
}

function Duplicates({ application }: { application: Application }) {
  const { t } = useTranslation();
  const joinReasons = (reasons: readonly string[]) =>
    reasons.map((r) => t(`applications.reasons.${r as 'TAX_ID' | 'NAME' | 'DOMAIN'}`)).join(t('applications.and'));
  return (
    <Section id="application-duplicates" title={t('applications.duplicates')}>
      {application.duplicates.length === 0 ? (
        <Text size="sm" data-testid="no-duplicates">{t('applications.noDuplicates')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('applications.duplicatesIntro')}</Text>
          <List spacing="xs" data-testid="duplicates">
            {application.duplicates.map((d) => (
              <List.Item key={d.partner.id} data-testid="duplicate">
                <Anchor component={Link} to={`/channel/partners/${d.partner.id}`} fw={600} className="break-anywhere">
                  {t('applications.duplicateOf', { name: d.partner.name, code: d.partner.code })}
                </Anchor>
                <Text size="sm" data-testid="duplicate-reasons">
                  {t('applications.matches', { reasons: joinReasons(d.reasons) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Section>
  );
}

interface ApproveValues {
  code: string;
  ownerId: string | null;
  tierId: string | null;
  territoryIds: string[];
  parentId: string | null;
}

function ApproveForm({ application, onApproved, onConflict }: { application: Application; onApproved: (result: Approved) => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const options = usePartnerOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const [approve, { loading }] = useMutation(ApprovePartnerApplication, {
    update: (cache) => {
      forgetPartnerLists(cache);
      forgetApplicationLists(cache);
    },
  });
  const form = useForm<ApproveValues>({
    initialValues: { code: '', ownerId: null, tierId: null, territoryIds: [], parentId: null },
    validate: { code: (v) => (/^[A-Z0-9-]{2,10}$/.test(v.trim()) ? null : t('validation.code')) },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const { data } = await approve({
        variables: {
          input: {
            applicationId: application.id, code: v.code.trim(), ownerId: v.ownerId, tierId: v.tierId,
            territoryIds: v.territoryIds, parentId: application.kind === 'DISTRIBUTOR' ? null : v.parentId,
          },
        },
      });
      if (data) onApproved(data.approvePartnerApplication);
    } catch (error) {
      // The contact cannot be invited: its email is a user's already. Nothing on this form can fix that.
      if (fieldErrors(error).some((f) => f.field === 'email' || f.field.endsWith('.email'))) {
        setFailure(t('applications.emailTaken', { email: application.contactEmail }));
      } else {
        setFailure(applyServerErrors(form, error));
        // Decided meanwhile (by someone else): the page shows that decision.
        if (errorCode(error) === 'CONFLICT') onConflict();
      }
    }
  }, focusFirstError);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="approve-title" data-testid="approve-form">
      <Stack>
        <div>
          <Title order={3} size="h5" id="approve-title">
            {t('applications.approveTitle')}
          </Title>
          <Text size="sm">
            {t('applications.approveIntro', { company: application.companyName, name: application.contactName, email: application.contactEmail })}
          </Text>
        </div>
        <FormAlert message={failure} />
        <TextInput
          label={t('partner.code')}
          description={t('partner.codeHint')}
          required
          maxLength={10}
          {...form.getInputProps('code')}
          onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
        />
        <Select label={t('partner.owner')} description={t('applications.ownerHint')} clearable searchable data={options.owners} {...form.getInputProps('ownerId')} />
        <Select label={t('partner.tier')} clearable data={options.tiers} {...form.getInputProps('tierId')} />
        <MultiSelect label={t('partner.territories')} searchable data={options.territories} {...form.getInputProps('territoryIds')} />
        {application.kind !== 'DISTRIBUTOR' && (
          <Select label={t('partner.parent')} description={t('partner.parentHint')} clearable searchable data={options.distributors} {...form.getInputProps('parentId')} />
        )}
        <FormAlert message={options.error ? t('partners.optionsFailed') : null} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('applications.approveSubmit')}
        </Button>
      </Stack>
    </form>
  );
}

function RejectForm({ application, onConflict }: { application: Application; onConflict: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectPartnerApplication, { update: forgetApplicationLists });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim().length >= 3 && v.trim().length <= 1000 ? null : t('applications.rejectReasonLength')) },
  });
  const submit = form.onSubmit(() => {
    setFailure(null);
    setConfirming(true);
  }, focusFirstError);
  const confirm = async () => {
    try {
      await reject({ variables: { input: { applicationId: application.id, reason: form.values.reason.trim() } } });
      setConfirming(false);
      notifications.show({ closeButtonProps: { 'aria-label': t('common.close') }, color: 'green', message: t('applications.rejected') });
    } catch (error) {
      setConfirming(false);
      setFailure(applyServerErrors(form, error));
      if (errorCode(error) === 'CONFLICT') onConflict();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reject-title" data-testid="reject-form">
      <Stack>
        <Title order={3} size="h5" id="reject-title">
          {t('applications.rejectTitle')}
        </Title>
        <FormAlert message={failure} />
        <Textarea
          label={t('applications.rejectReason')}
          description={t('applications.rejectHint', { language: t(`applications.languages.${application.language}`) })}
          required
          autosize
          minRows={3}
          maxLength={1000}
          {...form.getInputProps('reason')}
        />
        <Button type="submit" variant="outline" color="red.9" style={{ alignSelf: 'flex-start' }}>
          {t('applications.rejectSubmit')}
        </Button>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('applications.rejectConfirmTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text size="sm">{t('applications.rejectConfirm', { company: application.companyName, email: application.contactEmail })}</Text>
          <Text size="sm" fs="italic" className="break-anywhere" style={{ whiteSpace: 'pre-line' }}>
            {form.values.reason.trim()}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('applications.cancel')}
            </Button>
            <Button color="red.9" loading={loading} onClick={() => void confirm()}>
              {t('applications.rejectConfirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}

/** What was decided, by whom and when: the reason sent, or the partner the application became. */
function Decision({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const status = t(`applications.status.${application.status}`);
  const date = application.decidedAt ? formatDateTime(application.decidedAt, i18n.language) : '';
  return (
    <Section id="application-decision" title={t('applications.decision')}>
      <Stack gap="sm" data-testid="application-decision">
        <Text size="sm">
          {application.decidedBy
            ? t('applications.decidedBy', { status, date, name: application.decidedBy.displayName })
            : t('applications.decidedBySomeone', { status, date })}
        </Text>
        {application.decisionReason && (
          <Box component="dl" m={0}>
            <Fact label={t('applications.reason')} testId="decision-reason">{application.decisionReason}</Fact>
          </Box>
        )}
        {application.partner && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('applications.becamePartner')}:</Text>
            <Anchor component={Link} to={`/channel/partners/${application.partner.id}`} fw={600} data-testid="decision-partner">
              {application.partner.name} ({application.partner.code})
            </Anchor>
            <PartnerStatusBadge status={application.partner.status} />
          </Group>
        )}
      </Stack>
    </Section>
  );
}

/** After approving: the new partner, and its first manager's invitation link, shown this once. */
function ApprovedResult({ result }: { result: Approved }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { partner, firstManagerInvitation: invitation } = result;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="approved-title" role="status" data-testid="approved-result">
      <Stack gap="sm">
        <Title order={2} size="h4" id="approved-title" ref={heading} tabIndex={-1}>
          {t('applications.approvedTitle')}
        </Title>
        <Text size="sm">{t('applications.approvedText', { name: partner.name })}</Text>
        <Group gap="xs">
          <Anchor component={Link} to={`/channel/partners/${partner.id}`} fw={600} data-testid="approved-partner-link">
            {t('applications.openPartner', { name: partner.name })}
          </Anchor>
          <PartnerStatusBadge status={partner.status} />
        </Group>
        {invitation && (
          <Alert color="blue" title={t('invite.linkTitle', { name: invitation.user.displayName })}>
            <Stack gap="sm">
              <Text size="sm">{t('invite.linkOnce', { email: invitation.user.email })}</Text>
              <CopyField label={t('invite.link')} value={invitation.invitationUrl} testId="invitation-link" />
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** /channel/applications/:id: one application, the partners it may duplicate, and the decision on it. */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const [approved, setApproved] = useState<Approved | null>(null);
  const { data, loading, error, refetch } = useQuery(PartnerApplicationPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.partnerApplication.companyName, t('applications.nav'), t('portal.channel'), 'Trellis');
  if (!data && loading) return <LoadingState />;
  // An id that is not even well-formed (a mistyped address) is as missing as one that names nothing.
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const application = data.partnerApplication;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/channel/applications">
          {t('applications.back')}
        </Anchor>
        <span>{application.number}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} className="break-anywhere">
            {application.companyName}
          </Title>
          <Text c="dimmed" className="break-anywhere">
            {application.number} · {t(`kind.${application.kind}`)} · {t('applications.received', { date: formatDateTime(application.createdAt, i18n.language) })}
          </Text>
        </div>
        <ApplicationStatusBadge status={application.status} />
      </Group>
      {approved && <ApprovedResult result={approved} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Details application={application} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Duplicates application={application} />
            {application.status === 'SUBMITTED' ? (
              <Section id="application-decide" title={t('applications.decide')}>
                <Stack gap="lg">
                  <Text size="sm">{t('applications.decideIntro')}</Text>
                  <ApproveForm application={application} onApproved={setApproved} onConflict={() => void refetch()} />
                  <RejectForm application={application} onConflict={() => void refetch()} />
                </Stack>
              </Section>
            ) : (
              <Decision application={application} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

