import { useState } from 'react';
import { Accordion, Badge, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { DocumentBody, PAGE_SIZE, PolicyKindBadge, VersionStateBadge, formatDay, localToday, versionState, ChoiceControl } from '../../programs/shared';

graphql(`
  fragment PartnerPolicy_version on SalesPolicyVersion {
    id
    version
    status
    effectiveOn
    publishedAt
    changeNote
    body
    acknowledgment {
      mine
      partner
    }
  }
`);

// Only what partner users may read: no drafts, no audience counts, no publisher.
export const PartnerPoliciesQuery = graphql(`
  query PartnerPolicies($filter: SalesPolicyFilter, $first: Int!, $after: String) {
    salesPolicies(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          kind
          currentVersion {
            id
            version
            effectiveOn
          }
          upcomingVersion {
            id
            version
            effectiveOn
          }
          latestVersion {
            ...PartnerPolicy_version
          }
          versions {
            ...PartnerPolicy_version
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** How many policies' latest version the viewer (a partner manager) has yet to acknowledge. */
export const PoliciesAwaitingMeQuery = graphql(`
  query PoliciesAwaitingMe {
    salesPolicies(filter: { awaitingMyAcknowledgment: true }, first: 1) {
      totalCount
    }
  }
`);

const AcknowledgeSalesPolicy = graphql(`
  mutation AcknowledgeSalesPolicy($input: AcknowledgeSalesPolicyInput!) {
    acknowledgeSalesPolicy(input: $input) {
      version {
        id
        acknowledgment {
          mine
          partner
        }
      }
    }
  }
`);

type PoliciesData = ResultOf<typeof PartnerPoliciesQuery>;
type Policy = PoliciesData['salesPolicies']['edges'][number]['node'];

function appendPage(shown: PoliciesData, { fetchMoreResult }: { fetchMoreResult: PoliciesData }): PoliciesData {
  return { salesPolicies: { ...fetchMoreResult.salesPolicies, edges: [...shown.salesPolicies.edges, ...fetchMoreResult.salesPolicies.edges] } };
}

function AcknowledgeButton({ policy, version }: { policy: Policy; version: NonNullable<Policy['latestVersion']> }) {
  const { t } = useTranslation();
  const [acknowledge, { loading }] = useMutation(AcknowledgeSalesPolicy, {
    refetchQueries: [PoliciesAwaitingMeQuery, 'PartnerProgramsSummary'],
  });
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Stack gap={4} align="flex-start">
      <Button size="sm" loading={loading} aria-label={t('programs.partnerPolicies.acknowledgeLabel', { version: version.version, title: policy.title })}
        onClick={() => {
          setFailure(null);
          acknowledge({ variables: { input: { versionId: version.id } } })
            .then(() => notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('programs.partnerPolicies.acknowledged', { version: version.version, title: policy.title }) }))
            .catch((error: unknown) => setFailure(describeError(error)));
        }}>
        {t('programs.partnerPolicies.acknowledge', { version: version.version })}
      </Button>
      {failure && <Text size="sm" c="red.8" role="alert">{failure}</Text>}
    </Stack>
  );
}

/** Where the latest version's acknowledgment stands: the viewer's own and the partner's. */
function AcknowledgmentStatus({ policy, manager, partnerName }: { policy: Policy; manager: boolean; partnerName: string }) {
  const { t, i18n } = useTranslation();
  const latest = policy.latestVersion;
  if (!latest) return null;
  const own = latest.acknowledgment;
  return (
    <Stack gap={6} data-testid="policy-acknowledgment">
      {manager && (own?.mine ? (
        <Text size="sm" fw={600} data-testid="acknowledged-mine">
          {t('programs.partnerPolicies.mine', { version: latest.version, date: formatDateTime(own.mine, i18n.language) })}
        </Text>
      ) : (
        <>
          <Text size="sm">{t('programs.partnerPolicies.acknowledgeHint', { version: latest.version, partner: partnerName })}</Text>
          <AcknowledgeButton policy={policy} version={latest} />
        </>
      ))}
      <Text size="sm" c={own?.partner ? undefined : 'dimmed'} data-testid="acknowledged-partner">
        {own?.partner
          ? t('programs.partnerPolicies.byPartner', { version: latest.version, partner: partnerName, date: formatDateTime(own.partner, i18n.language) })
          : t('programs.partnerPolicies.notByPartner', { version: latest.version, partner: partnerName })}
      </Text>
    </Stack>
  );
}

function PolicyCard({ policy, manager, partnerName }: { policy: Policy; manager: boolean; partnerName: string }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const { currentVersion: current, upcomingVersion: upcoming, latestVersion: latest } = policy;
  const awaiting = manager && latest && !latest.acknowledgment?.mine;
  return (
    <Paper component="li" withBorder p="md" data-testid="partner-policy" data-policy-id={policy.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={2} size="h4" className="break-anywhere" style={{ flex: '1 1 14rem', minWidth: 0 }} data-testid="partner-policy-title">
            {policy.title}
          </Title>
          <Group gap={4} wrap="wrap">
            <PolicyKindBadge kind={policy.kind} />
            {awaiting && (
              <Badge color="orange" variant="light" miw="max-content" data-testid="awaiting-badge">{t('programs.partnerPolicies.awaitingBadge')}</Badge>
            )}
          </Group>
        </Group>
        <Stack gap={2}>
          <Text size="sm" data-testid="policy-current">
            {current
              ? t('programs.policies.current', { version: current.version, date: formatDay(current.effectiveOn, i18n.language) })
              : t('programs.partnerPolicies.noCurrent')}
          </Text>
          {upcoming && (
            <Text size="sm" data-testid="policy-upcoming">
              {t('programs.policies.upcoming', { version: upcoming.version, date: formatDay(upcoming.effectiveOn, i18n.language) })}
            </Text>
          )}
        </Stack>
        <AcknowledgmentStatus policy={policy} manager={manager} partnerName={partnerName} />
        <Accordion multiple variant="contained" order={3} defaultValue={awaiting && latest ? [latest.id] : []} data-testid="partner-policy-versions">
          {policy.versions.map((version) => (
            <Accordion.Item key={version.id} value={version.id} data-testid="policy-version" data-version={version.version}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">{t('programs.versions.name', { version: version.version })}</Text>
                  <VersionStateBadge state={versionState(version, current?.id, today)} />
                  <Text size="sm">{t('programs.versions.appliesFrom', { date: formatDay(version.effectiveOn, i18n.language) })}</Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  {version.publishedAt && <Text size="xs" c="dimmed">{t('programs.versions.published', { date: formatDateTime(version.publishedAt, i18n.language) })}</Text>}
                  {version.changeNote && <Text size="sm">{t('programs.versions.changeNote', { note: version.changeNote })}</Text>}
                  {version.id !== latest?.id && version.acknowledgment?.partner && (
                    <Text size="xs" c="dimmed">{t('programs.partnerPolicies.byPartner', { version: version.version, partner: partnerName, date: formatDateTime(version.acknowledgment.partner, i18n.language) })}</Text>
                  )}
                  <DocumentBody body={version.body} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Paper>
  );
}

type Show = 'all' | 'awaiting';

/**
 * /partner/policies: the sales policies of the partner's audience, each with the version in effect, the one to
 * come, and its history. Partner managers acknowledge the latest version (and may list only those awaiting
 * them); employees read.
 */
export default function PartnerPoliciesPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const manager = viewer?.role === 'PARTNER_MANAGER';
  const [params, setParams] = useSearchParams();
  const show: Show = manager && params.get('show') === 'awaiting' ? 'awaiting' : 'all';
  usePageTitle(t('programs.partnerPolicies.title'), t('portal.partner'), 'Trellis');
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerPoliciesQuery, {
    variables: { filter: show === 'awaiting' ? { awaitingMyAcknowledgment: true } : null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const awaitingCount = useQuery(PoliciesAwaitingMeQuery, { skip: !manager, fetchPolicy: 'cache-and-network' }).data?.salesPolicies.totalCount;
  if (!viewer) return null;
  const partnerName = viewer.partner?.name ?? '';
  const connection = data?.salesPolicies;
  const policies = connection?.edges.map((edge) => edge.node) ?? [];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (policies.length === 0) {
    body = show === 'awaiting'
      ? <EmptyState headingOrder={2} title={t('programs.partnerPolicies.emptyAwaiting')} />
      : <EmptyState headingOrder={2} title={t('programs.partnerPolicies.empty')} description={t('programs.partnerPolicies.emptyText')} />;
  } else {
    body = (
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('programs.partnerPolicies.listLabel')} data-testid="partner-policies">
        {policies.map((policy) => <PolicyCard key={policy.id} policy={policy} manager={manager} partnerName={partnerName} />)}
      </Stack>
    );
  }

  return (
    <Stack>
      <div>
        <Title order={1}>{t('programs.partnerPolicies.title')}</Title>
        <Text c="dimmed">{manager ? t('programs.partnerPolicies.introManager') : t('programs.partnerPolicies.introEmployee')}</Text>
      </div>
      {manager && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="partner-policies-show">{t('programs.partnerPolicies.showLabel')}</Text>
            <ChoiceControl
              value={show}
              aria-labelledby="partner-policies-show"
              data-testid="partner-policies-show"
              onChange={(value) => {
                const next = new URLSearchParams(params);
                if (value === 'awaiting') next.set('show', 'awaiting');
                else next.delete('show');
                setParams(next, { replace: true });
              }}
              data={[
                { value: 'all', label: t('programs.partnerPolicies.showAll') },
                {
                  value: 'awaiting',
                  label: awaitingCount === undefined
                    ? t('programs.partnerPolicies.showAwaiting')
                    : t('programs.partnerPolicies.showAwaitingCount', { n: formatNumber(awaitingCount, i18n.language, 0) }),
                },
              ]}
            />
          </Stack>
          {awaitingCount !== undefined && (
            <Text size="sm" fw={awaitingCount > 0 ? 600 : undefined} aria-live="polite" data-testid="awaiting-count">
              {awaitingCount > 0 ? t('programs.partnerPolicies.awaitingCount', { count: awaitingCount }) : t('programs.partnerPolicies.noneAwaiting')}
            </Text>
          )}
        </Group>
      )}
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage }).catch(() => undefined)}>
            {t('programs.loadMore', { shown: policies.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
