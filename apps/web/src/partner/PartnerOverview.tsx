import { lazy, Suspense } from 'react';
import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';
import { PartnerProfileCard } from '../channel/PartnerProfileCard';
import { ReadOnlyAssignments } from '../channel/ReadOnlyAssignments';
import { ChildList } from '../channel/PartnerRelations';
import { useViewer } from '../ui/viewer';
import { SharedInteractions } from './interactions/SharedInteractions';
import { ProgramsCard } from './programs/ProgramsCard';
import { OnboardingChecklist } from '../channel/OnboardingChecklist';
import { TierHomeCard } from './tier/TierHomeCard';
import { IncentiveHomeCard } from './incentives/IncentiveHomeCard';

// The partner manager's KPIs and charts: a chunk of their own, never loaded for employees (the API refuses them).
const PartnerPerformanceSection = lazy(() => import('./performance/PartnerPerformanceSection'));

const PartnerHomeQuery = graphql(`
  query PartnerHome {
    viewer {
      id
      partner {
        id
        name
        code
        kind
        status
        ...PartnerProfile_partner
        ...PartnerAssignments_partner
        ...PartnerRelations_partner
      }
    }
  }
`);

/** The viewer's own partner, read-only: the channel manager keeps the profile. */
export function PartnerOverview() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(PartnerHomeQuery, { fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const partner = data.viewer?.partner;
  if (!partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} className="break-anywhere" data-testid="own-partner-name">
            {partner.name}
          </Title>
          <Text c="dimmed">
            {partner.code} · {t(`kind.${partner.kind}`)}
          </Text>
        </div>
        <PartnerStatusBadge status={partner.status} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('partnerHome.readOnlyNote')}
      </Text>
      {/* While the partner is being onboarded: what is left to do (read-only; the channel manager ticks by hand). */}
      {partner.status === 'ONBOARDING' && <OnboardingChecklist partnerId={partner.id} forPartner={{ manager: viewer?.role === 'PARTNER_MANAGER' }} />}
      {viewer?.role === 'PARTNER_MANAGER' && (
        <Suspense fallback={<LoadingState />}>
          <PartnerPerformanceSection partnerId={partner.id} partnerName={partner.name} />
        </Suspense>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <PartnerProfileCard partner={partner} canEdit={false} />
            {partner.kind === 'DISTRIBUTOR' && (
              <Paper withBorder p="md" component="section" aria-labelledby="children-title">
                <Title order={2} size="h4" id="children-title" mb="sm">
                  {t('partnerHome.resellers')}
                </Title>
                <ChildList partners={partner.children} />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <TierHomeCard partnerId={partner.id} />
            <IncentiveHomeCard />
            <ProgramsCard manager={viewer?.role === 'PARTNER_MANAGER'} />
            <ReadOnlyAssignments partner={partner} />
            {/* Shared interactions are for the partner's managers: employees are not shown the brand's contacts. */}
            {viewer?.role === 'PARTNER_MANAGER' && <SharedInteractions showPartner={partner.kind === 'DISTRIBUTOR'} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
