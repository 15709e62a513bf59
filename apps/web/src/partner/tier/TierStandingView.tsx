import { Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TierBenefits } from '../../channel/tiers/TierBenefits';
import { formatMonth, monthsBetween, useTierTexts, type CheckLike } from '../../channel/tiers/tierTexts';

graphql(`
  fragment TierStanding_tier on Tier {
    id
    name
    rank
    discountPercent
    leadPriority
    leadAcceptHours
    mdfEligible
    mdfSharePercent
  }
`);

graphql(`
  fragment TierStanding_check on CriterionCheck {
    tierId
    purpose
    metric
    minimum
    currency
    value
    met
    gap
  }
`);

export const TierStandingQuery = graphql(`
  query TierStanding($partnerId: ID!) {
    tierStanding(partnerId: $partnerId) {
      partner {
        id
        name
      }
      tier {
        ...TierStanding_tier
      }
      nextTier {
        ...TierStanding_tier
      }
      windowStart
      windowEnd
      evaluatedAt
      figures {
        metric
        value
        currency
      }
      keep {
        ...TierStanding_check
      }
      next {
        ...TierStanding_check
      }
    }
  }
`);

export type Standing = ResultOf<typeof TierStandingQuery>['tierStanding'];

/** How far a figure is towards its minimum, in percent (a minimum of 0 is reached). */
export function progressOf(check: CheckLike): number {
  if (check.met) return 100;
  if (check.minimum <= 0) return 100;
  return Math.max(0, Math.min(100, ((check.value ?? 0) / check.minimum) * 100));
}

/** One criterion against the partner's figure: in words, met or what is missing, and a bar. */
export function CheckRow({ check, windowMonths }: { check: CheckLike; windowMonths: number | null }) {
  const { t, criterion, figure, gap } = useTierTexts();
  const words = criterion(check, windowMonths);
  return (
    <Stack component="li" gap={4} data-testid="standing-check" data-metric={check.metric} data-met={check.met ? 'true' : 'false'} style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" data-testid="check-criterion">
          {words}
        </Text>
        <Text size="sm" fw={600} c={check.met ? 'teal.9' : 'red.9'} data-testid="check-result">
          {check.met ? `✓ ${t('tiers.met')}` : `✗ ${gap(check)}`}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" data-testid="check-value">
        {t('tiers.yourFigure', { value: figure(check.metric, check.value, check.currency) })}
      </Text>
      <Progress value={progressOf(check)} color={check.met ? 'teal' : 'orange'} size="sm" aria-label={t('tiers.progressOf', { criterion: words })} />
    </Stack>
  );
}

function CheckList({ checks, windowMonths, testId }: { checks: readonly CheckLike[]; windowMonths: number | null; testId: string }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} data-testid={testId}>
      {checks.map((c, i) => (
        <CheckRow key={`${c.metric}-${c.currency ?? ''}-${i}`} check={c} windowMonths={windowMonths} />
      ))}
    </Stack>
  );
}

/**
 * A partner's standing: its tier and benefits, its figures over the window, its tier's keep criteria and the
 * next tier's entry criteria against them. `own`: the partner's users read it ("your tier"); `compact`: the
 * card on the channel's partner page (no benefits). Headings start at `headingOrder`.
 */
export function StandingDetails({ standing, own, compact, headingOrder = 2 }: { standing: Standing; own: boolean; compact?: boolean; headingOrder?: 2 | 3 }) {
  const { t, language, figure, metricName } = useTierTexts();
  const sub = (headingOrder + 1) as 3 | 4;
  const windowMonths = standing.windowStart && standing.windowEnd ? monthsBetween(standing.windowStart, standing.windowEnd) : null;
  const tierName = standing.tier?.name ?? null;
  const metCount = standing.next.filter((c) => c.met).length;
  return (
    <Stack gap="md" data-testid="tier-standing">
      <div>
        <Title order={headingOrder} size={compact ? 'h5' : 'h3'} data-testid="standing-tier">
          {tierName ? (own ? t('tiers.yourTier', { name: tierName }) : t('tiers.tierIs', { name: tierName })) : t('tiers.noTierYet')}
        </Title>
        {standing.tier && !compact && <TierBenefits tier={standing.tier} />}
      </div>
      {!standing.evaluatedAt || !standing.windowStart || !standing.windowEnd ? (
        <EmptyState title={t('tiers.notEvaluatedTitle')} description={t('tiers.notEvaluatedText')} headingOrder={sub} />
      ) : (
        <>
          <Text size="sm" data-testid="standing-window">
            {t('tiers.asOf', {
              date: formatDate(standing.evaluatedAt, language),
              from: formatMonth(standing.windowStart, language),
              to: formatMonth(standing.windowEnd, language),
            })}
          </Text>
          {!compact && (
            <section aria-labelledby="standing-figures-title">
              <Title order={sub} size="h5" id="standing-figures-title" mb={4}>
                {t('tiers.figuresTitle')}
              </Title>
              <List size="sm" spacing={2} data-testid="standing-figures">
                {standing.figures.map((f) => (
                  <List.Item key={`${f.metric}-${f.currency ?? ''}`} data-testid="standing-figure" data-metric={f.metric}>
                    {metricName(f.metric)}: {figure(f.metric, f.value, f.currency)}
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          <SimpleGrid cols={{ base: 1, md: compact ? 1 : 2 }} spacing="md">
            <section aria-label={tierName ? t('tiers.keepTitle', { name: tierName }) : t('tiers.keepNoTier')} data-testid="standing-keep">
              {standing.tier ? (
                <>
                  <Title order={sub} size="h5" mb={4}>
                    {t('tiers.keepTitle', { name: standing.tier.name })}
                  </Title>
                  {standing.keep.length ? <CheckList checks={standing.keep} windowMonths={windowMonths} testId="keep-checks" /> : <Text size="sm" c="dimmed">{t('tiers.keepNone')}</Text>}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('tiers.keepNoTier')}
                </Text>
              )}
            </section>
            <section aria-label={standing.nextTier ? t('tiers.nextTitle', { name: standing.nextTier.name }) : t('tiers.topTier')} data-testid="standing-next">
              {standing.nextTier ? (
                <>
                  <Title order={sub} size="h5" mb={4}>
                    {t('tiers.nextTitle', { name: standing.nextTier.name })}
                  </Title>
                  {standing.next.length ? (
                    <>
                      <Text size="xs" c="dimmed" mb={4} data-testid="next-met-count">
                        {t('tiers.allMet', { met: metCount, count: standing.next.length })}
                      </Text>
                      <CheckList checks={standing.next} windowMonths={windowMonths} testId="next-checks" />
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">{t('tiers.nextNone')}</Text>
                  )}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('tiers.topTier')}
                </Text>
              )}
            </section>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** The standing of one partner, loaded: for the partner's pages and the channel's partner page. */
export function TierStandingLoader(props: { partnerId: string; own: boolean; compact?: boolean; headingOrder?: 2 | 3 }) {
  const { data, loading, error, refetch } = useQuery(TierStandingQuery, { variables: { partnerId: props.partnerId }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Paper withBorder={false} p={0}>
      <StandingDetails standing={data.tierStanding} own={props.own} compact={props.compact} headingOrder={props.headingOrder} />
    </Paper>
  );
}
