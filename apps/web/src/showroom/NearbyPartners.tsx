import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerKind } from '@trellis/schema';
import { graphql } from '../gql';
import { usePublicQuery } from '../publicClient';
import type { NearbyPartner_ResultFragment } from '../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import type { VisitorLocation } from './visitorLocation';
import { LeadForm } from './LeadForm';
import { LeadSent } from './LeadSent';
import { useShowroom } from './useShowroom';

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

type Contacted = { id: string; name: string };

function NearbyPartnerCard({ result, product, onContact }: { result: NearbyPartner_ResultFragment; product?: Props['product']; onContact: (partner: Contacted) => void }) {
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
        <Text size="sm" fw={600} miw="max-content" data-testid="nearby-distance">
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
      {/* Every partner listed can be asked for an offer; those with a showroom can also be visited. */}
      <Group gap="sm" mt="xs" wrap="wrap">
        <Button size="xs" variant="light" onClick={() => onContact({ id: partner.id, name: partner.name })} aria-label={t('locator.contactNamed', { name: partner.name })}>
          {t('locator.contact')}
        </Button>
        {showroom && (
          <Anchor component={Link} to={showroom} size="sm" fw={600} aria-label={t('locator.visitNamed', { name: partner.name })}>
            {t('locator.visit')}
          </Anchor>
        )}
      </Group>
    </Card>
  );
}

/** Asking one partner of the list for an offer: the lead form in a dialog, then the reference to quote. */
function ContactDialog({ partner, onClose }: { partner: Contacted | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { base } = useShowroom();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [sent, setSent] = useState<{ partnerId: string; reference: string } | null>(null);
  const reference = sent && partner && sent.partnerId === partner.id ? sent.reference : null;
  const close = () => {
    setSent(null);
    onClose();
  };
  return (
    <Modal opened={partner !== null} onClose={close} title={partner ? t('locator.contactTitle', { name: partner.name }) : ''} fullScreen={phone} size="lg" closeButtonProps={{ 'aria-label': t('lead.close') }}>
      {partner &&
        (reference ? (
          <LeadSent reference={reference} displayName={partner.name} isBrand={false} home={base} onClose={close} />
        ) : (
          <LeadForm lines={[]} partner={partner} onSent={(ref) => setSent({ partnerId: partner.id, reference: ref })} />
        ))}
    </Modal>
  );
}

/** Active partners around a place, nearest first; each can be asked for an offer, with or without a showroom. */
export function NearbyPartners({ location, product }: Props) {
  const { t } = useTranslation();
  const [contacting, setContacting] = useState<Contacted | null>(null);
  const { data, loading, error, refetch } = usePublicQuery(PartnersNearQuery, {
    latitude: location.latitude, longitude: location.longitude, radiusKm: location.radiusKm, productId: product?.id ?? null,
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
            <NearbyPartnerCard key={result.partner.id} result={result} product={product} onContact={setContacting} />
          ))}
        </Stack>
      )}
      <ContactDialog partner={contacting} onClose={() => setContacting(null)} />
    </Stack>
  );
}
