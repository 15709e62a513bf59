import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerKind } from '@trellis/schema';
import { graphql } from '../gql';
import type { NearbyPartner_ResultFragment } from '../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import type { VisitorLocation } from './visitorLocation';

graphql(`
  fragment NearbyPartner_result on NearbyPartner {
    distanceKm
    inStock
    deliveryDays
    tierName
    partner {
      id
      name
      kind
      city
      postalCode
      country
      showroomSlug
    }
  }
`);

const PartnersNearQuery = graphql(`
  query PartnersNear($latitude: Float!, $longitude: Float!, $radiusKm: Int!, $productId: ID) {
    partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, productId: $productId, first: 20) {
      ...NearbyPartner_result
    }
  }
`);

interface Props {
  location: VisitorLocation;
  /** With a product: only partners that offer it, and whether each has it in stock (never how many). */
  product?: { id: string; sku: string };
}

function NearbyPartnerCard({ result, product }: { result: NearbyPartner_ResultFragment; product?: Props['product'] }) {
  const { t, i18n } = useTranslation();
  const { partner } = result;
  const distance = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(result.distanceKm);
  const showroom = partner.showroomSlug ? `/s/${partner.showroomSlug}${product ? `/p/${encodeURIComponent(product.sku)}` : ''}` : null;
  return (
    <Card withBorder padding="sm" component="li" data-testid="nearby-partner">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} miw={0}>
          <Title order={3} fz="md" className="break-anywhere">
            {partner.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`kind.${partner.kind as PartnerKind}`, { defaultValue: partner.kind })} · {[partner.postalCode, partner.city].filter(Boolean).join(' ')}, {partner.country}
          </Text>
        </Stack>
        <Text size="sm" fw={600} miw="max-content">
          {t('locator.distance', { km: distance })}
        </Text>
      </Group>
      {product && (
        <Group gap="xs" mt="xs">
          <Badge color={result.inStock ? 'green' : 'gray'} variant="light" tt="none">
            {result.inStock ? t('availability.partnerInStock') : t('availability.partnerNoStock')}
          </Badge>
          {result.deliveryDays !== null && result.deliveryDays !== undefined && (
            <Text size="sm" c="dimmed">
              {t('availability.delivery', { count: result.deliveryDays })}
            </Text>
          )}
        </Group>
      )}
      {showroom ? (
        <Anchor component={Link} to={showroom} mt="xs" size="sm" fw={600} aria-label={t('locator.visitNamed', { name: partner.name })}>
          {t('locator.visit')}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          {t('locator.noShowroom')}
        </Text>
      )}
    </Card>
  );
}

/** Active partners around a place, nearest first. */
export function NearbyPartners({ location, product }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnersNearQuery, {
    variables: { latitude: location.latitude, longitude: location.longitude, radiusKm: location.radiusKm, productId: product?.id ?? null },
  });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const results = data.partnersNear;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="nearby-count">
        {t('locator.found', { count: results.length, km: location.radiusKm, place: location.label })}
      </Text>
      {results.length === 0 ? (
        <EmptyState title={product ? t('locator.noneWithProduct') : t('locator.none')} description={t('locator.widen')} headingOrder={3} />
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {results.map((result) => (
            <NearbyPartnerCard key={result.partner.id} result={result} product={product} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
