import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { StaffPanel } from '../ui/StaffPanel';

const PartnerStaffQuery = graphql(`
  query PartnerStaff {
    viewer {
      id
      partner {
        id
        name
        status
        users {
          ...StaffMember_user
        }
      }
    }
  }
`);

/** A partner manager's own people: invite employees, deactivate them. */
export function StaffPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnerStaffQuery, { fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const viewer = data.viewer;
  const partner = viewer?.partner;
  if (!viewer || !partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  return (
    <Stack maw={800}>
      <Title order={1}>{t('staff.pageTitle')}</Title>
      <Text c="dimmed">{t('staff.pageIntro', { partner: partner.name })}</Text>
      <StaffPanel
        partnerId={partner.id}
        partnerStatus={partner.status}
        users={partner.users}
        invitableRoles={['PARTNER_EMPLOYEE']}
        canDeactivate={(user) => user.role === 'PARTNER_EMPLOYEE' && user.id !== viewer.id}
      />
    </Stack>
  );
}
