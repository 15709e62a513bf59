import { Anchor, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierStandingQuery, progressOf } from './TierStandingView';

/** The partner home's small card: its tier, and how far it is towards the next one; links to "Where you stand". */
export function TierHomeCard({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(TierStandingQuery, { variables: { partnerId }, fetchPolicy: 'cache-and-network' });
  const standing = data?.tierStanding;
  const next = standing?.next ?? [];
  const progress = next.length ? next.reduce((sum, c) => sum + progressOf(c), 0) / next.length : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tier-home-title" data-testid="tier-home-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id="tier-home-title">
          {t('tiers.standingTitle')}
        </Title>
        {standing && (
          <>
            <Text size="sm" data-testid="tier-home-tier">
              {standing.tier ? t('tiers.yourTier', { name: standing.tier.name }) : t('tiers.noTierYet')}
            </Text>
            {!standing.evaluatedAt ? (
              <Text size="sm" c="dimmed">
                {t('tiers.notEvaluatedTitle')}
              </Text>
            ) : standing.nextTier ? (
              <>
                <Text size="sm" data-testid="tier-home-next">
                  {t('tiers.homeNext', { name: standing.nextTier.name })} · {t('tiers.allMet', { met: next.filter((c) => c.met).length, count: next.length })}
                </Text>
                {progress != null && <Progress value={progress} size="sm" aria-label={t('tiers.homeNext', { name: standing.nextTier.name })} />}
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('tiers.topTier')}
              </Text>
            )}
          </>
        )}
        <Anchor component={Link} to="/partner/tier" size="sm" data-testid="tier-home-link">
          {t('tiers.homeLink')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
