import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PartnerSearchSelect } from '../../ui/PartnerSearchSelect';
import { usePageTitle } from '../../ui/usePageTitle';
import { InventoryLevels } from '../../partner/inventory/InventoryLevels';
import { ProductSearchSelect } from '../../partner/inventory/ProductSearchSelect';

/**
 * The channel's stock as partners count it: each partner's latest count per product, narrowed to a partner
 * or a product (with the product's units summed over the partners listed). Filters live in the address.
 */
export function ChannelInventoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('inventory.channelTitle'));
  const [params, setParams] = useSearchParams();
  const partnerId = params.get('partner');
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
      <Title order={1}>{t('inventory.channelTitle')}</Title>
      <Text c="dimmed">{t('inventory.channelIntro')}</Text>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <PartnerSearchSelect label={t('inventory.partnerFilter')} placeholder={t('inventory.allPartners')} value={partnerId} clearable
          onChange={(id) => setParam('partner', id)} style={{ flex: '1 1 16rem', maxWidth: 380 }} data-testid="inventory-partner-filter" />
        <ProductSearchSelect label={t('inventory.productFilter')} value={productId} clearable
          onChange={(product) => setParam('product', product?.id ?? null)} style={{ flex: '1 1 16rem', maxWidth: 380 }} data-testid="inventory-product-filter" />
      </Group>
      <InventoryLevels partnerId={partnerId} productId={productId} showPartner />
    </Stack>
  );
}
