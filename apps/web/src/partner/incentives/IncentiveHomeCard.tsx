import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatMoney } from '../../ui/money';
import { currentAccrual } from '../../channel/incentives/incentiveTerms';

const IncentiveHomeQuery = graphql(`
  query IncentiveHome($first: Int!) {
    incentivePrograms(first: $first) {
      edges {
        node {
          id
          name
          currency
          myAccruals {
            periodStart
            periodEnd
            earned {
              amount
              currency
            }
          }
        }
      }
    }
  }
`);

/** The partner home's small card: what each incentive has earned this period; links to the incentives page. */
export function IncentiveHomeCard() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(IncentiveHomeQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const programs = data?.incentivePrograms.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incentive-home-title" data-testid="incentive-home-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id="incentive-home-title">{t('incentives.homeTitle')}</Title>
        {error && !data && <Text size="sm" c="red.8">{t('states.errorTitle')}</Text>}
        {data && programs.length === 0 && <Text size="sm" c="dimmed">{t('incentives.homeNone')}</Text>}
        {programs.length > 0 && (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {programs.map((program) => {
              const accrual = currentAccrual(program.myAccruals);
              const earned = accrual?.earned ?? { amount: '0', currency: program.currency };
              return (
                <Text component="li" size="sm" key={program.id} className="break-anywhere" data-testid="incentive-home-item">
                  {t('incentives.homeItem', { name: program.name, amount: formatMoney(earned, i18n.language) })}
                </Text>
              );
            })}
          </Stack>
        )}
        <Anchor component={Link} to="/partner/incentives" size="sm" data-testid="incentive-home-link">{t('incentives.homeShowAll')}</Anchor>
      </Stack>
    </Paper>
  );
}
