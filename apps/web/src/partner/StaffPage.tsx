import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { graphql } from '../gql';
import type { StaffMember_UserFragment } from '../gql/graphql';
import type { CsvColumn } from '../ui/csv';
import { CsvExportButton } from '../ui/CsvExportButton';
import { datedFileName } from '../ui/exportAll';
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

/** The people as a file's columns: the role as its code, the states as true or false. */
function staffColumns(t: TFunction): CsvColumn<StaffMember_UserFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (u) => u.id },
    { header: t('listExport.columns.name'), value: (u) => u.displayName },
    { header: t('listExport.columns.email'), value: (u) => u.email },
    { header: t('listExport.columns.role'), value: (u) => u.role },
    { header: t('listExport.columns.active'), value: (u) => u.active },
    { header: t('listExport.columns.invited'), value: (u) => u.invited },
  ];
}

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
      <Group justify="space-between" align="center" gap="xs">
        <Title order={1}>{t('staff.pageTitle')}</Title>
        {/* One query holds every member (no pages), so the rows on screen are the whole list. */}
        <CsvExportButton size="xs" fileName={datedFileName('staff')} columns={staffColumns(t)} rows={partner.users} data-testid="staff-export" />
      </Group>
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
