import { useState } from 'react';
import { NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { TierStandingLoader } from './TierStandingView';

const StandingPartnersQuery = graphql(`
  query StandingPartners {
    viewer {
      id
      partner {
        id
        name
      }
    }
    partners(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

/** /partner/tier, "Where you stand": the partner's tier, figures and what the next tier needs; a distributor's users switch to its resellers. */
export default function WhereYouStandPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(StandingPartnersQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const own = data.viewer?.partner ?? null;
  if (!own) return <EmptyState title={t('partnerHome.noPartner')} headingOrder={1} />;
  // The viewer's own partner first, then the others it sees (a distributor's resellers).
  const others = data.partners.edges.map((e) => e.node).filter((p) => p.id !== own.id);
  const options = [{ value: own.id, label: own.name }, ...others.map((p) => ({ value: p.id, label: p.name }))];
  const partnerId = chosen && options.some((o) => o.value === chosen) ? chosen : own.id;
  return (
    <Stack>
      <div>
        <Title order={1}>{t('tiers.standingTitle')}</Title>
        <Text c="dimmed">{t('tiers.standingIntro')}</Text>
      </div>
      {options.length > 1 && (
        <NativeSelect label={t('tiers.partnerLabel')} value={partnerId} data={options} onChange={(e) => setChosen(e.currentTarget.value)} maw={420} data-testid="standing-partner" />
      )}
      <Paper withBorder p="md">
        <TierStandingLoader key={partnerId} partnerId={partnerId} own={partnerId === own.id} headingOrder={2} />
      </Paper>
    </Stack>
  );
}
