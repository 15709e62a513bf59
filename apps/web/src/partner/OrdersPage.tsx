import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrderList } from '../ui/OrderList';
import { orderKindsFor } from '../ui/orderMoves';
import { EmptyState } from '../ui/states';
import { useViewer } from '../ui/viewer';

/** The partner's orders: its customers' (sell-out) and its own from the brand owner (sell-in); a distributor's include its resellers'. */
export function PartnerOrdersPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('orders.title')}</Title>
        {orderKindsFor(viewer.role).length > 0 && (
          <Button component={Link} to="/partner/orders/new">
            {t('orders.new')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('orders.partnerIntro')}</Text>
      <OrderList basePath="/partner/orders" showPartner={false} emptyText={t('orders.emptyPartner')} ownPartnerId={viewer.partner.id} />
    </Stack>
  );
}
