import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierStandingLoader } from '../../partner/tier/TierStandingView';

/** The channel's partner page: the partner's tier standing, as the partner reads it (compact). */
export function TierStandingCard({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tier-standing-card-title" data-testid="tier-standing-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id="tier-standing-card-title">
          {t('tiers.cardTitle')}
        </Title>
        <TierStandingLoader partnerId={partnerId} own={false} compact headingOrder={3} />
        <Anchor component={Link} to="/channel/tiers" size="sm">
          {t('tiers.ladderTab')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
