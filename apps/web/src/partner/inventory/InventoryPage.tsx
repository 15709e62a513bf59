import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/states';
import { PartnerSearchSelect } from '../../ui/PartnerSearchSelect';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { CountForm } from './CountForm';
import { InventoryLevels } from './InventoryLevels';
import { InventoryUpload } from './InventoryUpload';
import { ProductSearchSelect } from './ProductSearchSelect';

/** How many partners the viewer sees: a distributor's people see its resellers too. */
const InventoryPartnerCount = graphql(`
  query InventoryPartnerCount {
    partners(first: 1) {
      totalCount
    }
  }
`);

/**
 * A partner's stock: its latest count per product, a count typed for a few products, and a whole count
 * uploaded as CSV. A distributor's people choose which of their partners (their own or a reseller) they count.
 */
export function PartnerInventoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('inventory.title'));
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const several = useQuery(InventoryPartnerCount, { skip: !viewer?.partner });
  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  const partnerId = params.get('partner') ?? viewer.partner.id;
  const productId = params.get('product');
  const setParam = (name: 'partner' | 'product', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    }, { replace: true });

  return (
    <Stack>
      <Title order={1}>{t('inventory.title')}</Title>
      <Text c="dimmed">{t('inventory.intro')}</Text>
      {(several.data?.partners.totalCount ?? 0) > 1 && (
        <PartnerSearchSelect label={t('inventory.countFor')} placeholder={viewer.partner.name} value={partnerId} style={{ maxWidth: 420 }}
          onChange={(id) => setParam('partner', id === viewer.partner?.id ? null : id)} data-testid="inventory-partner" />
      )}
      {/* A new partner: new forms, so nothing typed for one partner is recorded for another. */}
      <CountForm key={`count-${partnerId}`} partnerId={partnerId} />
      <InventoryUpload key={`upload-${partnerId}`} partnerId={partnerId} />
      <Paper withBorder p="md" component="section" aria-labelledby="inventory-levels-title">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" gap="xs">
            <Title order={2} size="h4" id="inventory-levels-title">{t('inventory.levelsTitle')}</Title>
            <ProductSearchSelect label={t('inventory.productFilter')} value={productId} clearable style={{ flex: '0 1 22rem' }}
              onChange={(product) => setParam('product', product?.id ?? null)} data-testid="inventory-product-filter" />
          </Group>
          <InventoryLevels partnerId={partnerId} productId={productId} showPartner={false} />
        </Stack>
      </Paper>
    </Stack>
  );
}
