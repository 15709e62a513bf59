import { Anchor, Breadcrumbs, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorState, LoadingState, NotFoundState } from '../ui/states';
import { errorCode } from '../ui/errors';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';
import { StaffPanel } from '../ui/StaffPanel';
import { CHANNEL_ROLES, useViewer } from '../ui/viewer';
import { PartnerProfileCard } from './PartnerProfileCard';
import { PartnerStatusPanel } from './PartnerStatusPanel';
import { PartnerAssignments } from './PartnerAssignments';
import { PartnerRelations } from './PartnerRelations';
import { PartnerHistory } from './PartnerHistory';
import { PartnerTimelineSection } from './interactions/PartnerTimelineSection';
import { OnboardingChecklist } from './OnboardingChecklist';
import { TierStandingCard } from './tiers/TierStandingCard';

const PartnerPageQuery = graphql(`
  query PartnerPage($id: ID!) {
    partner(id: $id) {
      id
      name
      code
      kind
      status
      ...PartnerProfile_partner
      ...PartnerStatus_partner
      ...PartnerAssignments_partner
      ...PartnerRelations_partner
      ...PartnerHistory_partner
      users {
        ...StaffMember_user
      }
    }
  }
`);

interface PartnerPageProps {
  /** Where partner pages live in this portal, for links to the parent and children. */
  basePath: string;
  /** The list this page was opened from, for the breadcrumb. */
  listPath: string;
}

/** One partner, for the channel (editable) and for analysts (read-only). */
export function PartnerPage({ basePath, listPath }: PartnerPageProps) {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { viewer } = useViewer();
  const canEdit = Boolean(viewer && CHANNEL_ROLES.includes(viewer.role));
  // Revisits refresh: other people (and this user on other partners) change hierarchy and history.
  const { data, loading, error, refetch } = useQuery(PartnerPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (!data && loading) return <LoadingState />;
  // An id that is not even well-formed (a mistyped address) is as missing as one that names nothing.
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const partner = data.partner;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={listPath}>
          {t('partners.title')}
        </Anchor>
        <span>{partner.code}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} className="break-anywhere">
            {partner.name}
          </Title>
          <Text c="dimmed">
            {partner.code} · {t(`kind.${partner.kind}`)}
          </Text>
          <Anchor component={Link} to={`/channel/partners/${partner.id}/scorecard`} size="sm" data-testid="scorecard-link">
            {t('performance.scorecard')}
          </Anchor>
        </div>
        <PartnerStatusBadge status={partner.status} />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <PartnerProfileCard partner={partner} canEdit={canEdit} />
            <PartnerRelations partner={partner} basePath={basePath} />
            <StaffPanel
              partnerId={partner.id}
              partnerStatus={partner.status}
              users={partner.users}
              invitableRoles={canEdit ? ['PARTNER_MANAGER', 'PARTNER_EMPLOYEE'] : []}
              canDeactivate={() => canEdit}
              onChanged={() => void refetch()}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {canEdit && <PartnerStatusPanel partner={partner} />}
            <OnboardingChecklist partnerId={partner.id} canEdit={canEdit} />
            <PartnerAssignments partner={partner} canEdit={canEdit} />
            <TierStandingCard partnerId={partner.id} />
            <PartnerHistory partner={partner} />
          </Stack>
        </Grid.Col>
      </Grid>
      <PartnerTimelineSection partnerId={partner.id} canRecord={canEdit} />
    </Stack>
  );
}
