import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';

const PartnerProgramsSummaryQuery = graphql(`
  query PartnerProgramsSummary($manager: Boolean!) {
    awaiting: salesPolicies(filter: { awaitingMyAcknowledgment: true }, first: 1) @include(if: $manager) {
      totalCount
    }
    unread: announcements(filter: { unread: true }, first: 1) {
      totalCount
    }
  }
`);

/**
 * The partner home's card of the brand's policies and announcements: how many policies await the viewer's
 * acknowledgment (managers acknowledge; employees only read) and how many announcements are unread.
 */
export function ProgramsCard({ manager }: { manager: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(PartnerProgramsSummaryQuery, { variables: { manager }, fetchPolicy: 'cache-and-network' });
  const awaiting = data?.awaiting?.totalCount ?? 0;
  const unread = data?.unread.totalCount ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="programs-card-title" data-testid="programs-card">
      <Title order={2} size="h4" id="programs-card-title" mb="sm">{t('programs.home.title')}</Title>
      {!data ? (
        <Text size="sm" c={error ? 'red.8' : 'dimmed'} role={error ? 'alert' : undefined}>{error ? describeError(error) : t('states.loading')}</Text>
      ) : (
        <Stack gap="sm">
          {manager && (
            <Stack gap={2}>
              <Text size="sm" fw={awaiting > 0 ? 600 : undefined} data-testid="programs-awaiting">
                {awaiting > 0 ? t('programs.home.awaiting', { count: awaiting }) : t('programs.home.noneAwaiting')}
              </Text>
              <Anchor component={Link} to={awaiting > 0 ? '/partner/policies?show=awaiting' : '/partner/policies'} size="sm">{t('programs.home.showPolicies')}</Anchor>
            </Stack>
          )}
          <Stack gap={2}>
            <Text size="sm" fw={unread > 0 ? 600 : undefined} data-testid="programs-unread">
              {unread > 0 ? t('programs.home.unread', { count: unread }) : t('programs.home.noneUnread')}
            </Text>
            <Anchor component={Link} to={unread > 0 ? '/partner/announcements?show=unread' : '/partner/announcements'} size="sm">{t('programs.home.showAnnouncements')}</Anchor>
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
