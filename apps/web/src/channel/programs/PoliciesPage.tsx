import { Anchor, Badge, Button, Center, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SalesPolicyKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { AudienceText, PAGE_SIZE, POLICY_KINDS, PolicyKindBadge, formatDay } from '../../programs/shared';

export const ChannelPoliciesQuery = graphql(`
  query ChannelPolicies($filter: SalesPolicyFilter, $first: Int!, $after: String) {
    salesPolicies(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          kind
          audience {
            ...Audience_audience
          }
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
            id
            version
            acknowledgmentSummary {
              partners
              partnersAcknowledged
            }
          }
          draft {
            id
            version
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

type PoliciesData = ResultOf<typeof ChannelPoliciesQuery>;
type PolicyRow = PoliciesData['salesPolicies']['edges'][number]['node'];

function appendPage(shown: PoliciesData, { fetchMoreResult }: { fetchMoreResult: PoliciesData }): PoliciesData {
  return { salesPolicies: { ...fetchMoreResult.salesPolicies, edges: [...shown.salesPolicies.edges, ...fetchMoreResult.salesPolicies.edges] } };
}

function PolicyItem({ policy }: { policy: PolicyRow }) {
  const { t, i18n } = useTranslation();
  const { currentVersion: current, upcomingVersion: upcoming, latestVersion: latest, draft } = policy;
  const summary = latest?.acknowledgmentSummary;
  return (
    <Paper component="li" withBorder p="sm" data-testid="policy" data-policy-id={policy.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={2} size="h5" style={{ flex: '1 1 14rem', minWidth: 0 }} className="break-anywhere">
            <Anchor component={Link} inherit to={`/channel/policies/${policy.id}`} data-testid="policy-title">{policy.title}</Anchor>
          </Title>
          <Group gap={4} wrap="wrap">
            <PolicyKindBadge kind={policy.kind} />
            {draft && (
              <Badge color="gray" variant="light" miw="max-content" data-testid="policy-draft">
                {t('programs.policies.draftBadge', { version: draft.version })}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" data-testid="policy-current">
          {current
            ? t('programs.policies.current', { version: current.version, date: formatDay(current.effectiveOn, i18n.language) })
            : upcoming ? t('programs.policies.noCurrent') : t('programs.policies.notPublished')}
        </Text>
        {upcoming && (
          <Text size="sm" data-testid="policy-upcoming">
            {t('programs.policies.upcoming', { version: upcoming.version, date: formatDay(upcoming.effectiveOn, i18n.language) })}
          </Text>
        )}
        <AudienceText audience={policy.audience} size="xs" />
        {latest && summary && (
          <Stack gap={2}>
            <Text size="sm" data-testid="policy-progress">
              {t('programs.policies.progress', {
                version: latest.version,
                acknowledged: formatNumber(summary.partnersAcknowledged, i18n.language, 0),
                count: summary.partners,
                partners: formatNumber(summary.partners, i18n.language, 0),
              })}
            </Text>
            <Progress value={summary.partners ? (100 * summary.partnersAcknowledged) / summary.partners : 0} size="sm" aria-hidden maw={320} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** /channel/policies: the library of sales policies by title, by kind if chosen (?kind=PRICE_LIST). */
export function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind');
  const kind = POLICY_KINDS.includes(rawKind as SalesPolicyKind) ? (rawKind as SalesPolicyKind) : null;
  const canWrite = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  usePageTitle(t('programs.policies.title'), t('portal.channel'), 'Trellis');
  const { data, loading, error, refetch, fetchMore } = useQuery(ChannelPoliciesQuery, {
    variables: { filter: kind ? { kinds: [kind] } : null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.salesPolicies;
  const policies = connection?.edges.map((edge) => edge.node) ?? [];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (policies.length === 0) {
    body = (
      <EmptyState
        headingOrder={2}
        title={kind ? t('programs.policies.emptyKind') : t('programs.policies.empty')}
        description={canWrite && !kind ? t('programs.policies.emptyText') : undefined}
      />
    );
  } else {
    body = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('programs.policies.listLabel')} data-testid="policies">
        {policies.map((policy) => <PolicyItem key={policy.id} policy={policy} />)}
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('programs.policies.title')}</Title>
          <Text c="dimmed">{t('programs.policies.intro')}</Text>
        </div>
        {canWrite && (
          <Button component={Link} to="/channel/policies/new">
            {t('programs.policies.new')}
          </Button>
        )}
      </Group>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('programs.policies.kindFilter')}
          data={[{ value: 'ALL', label: t('programs.policies.allKinds') }, ...POLICY_KINDS.map((k) => ({ value: k, label: t(`programs.policyKind.${k}`) }))]}
          value={kind ?? 'ALL'}
          allowDeselect={false}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (!value || value === 'ALL') next.delete('kind');
            else next.set('kind', value);
            setParams(next, { replace: true });
          }}
          w={{ base: '100%', xs: 260 }}
          data-testid="policy-kind-filter"
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="policy-count">
          {connection ? t('programs.policies.count', { count: connection.totalCount, n: formatNumber(connection.totalCount, i18n.language, 0) }) : '\u00a0'}
        </Text>
      </Group>
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
