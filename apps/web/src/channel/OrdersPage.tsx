import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrderList } from '../ui/OrderList';

/** Every partner's orders: brand staff confirm, fulfil and bill the sell-in ones; the sell-out ones are the partners' to handle. */
export function ChannelOrdersPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('orders.title')}</Title>
      <Text c="dimmed">{t('orders.channelIntro')}</Text>
      <OrderList basePath="/channel/orders" showPartner emptyText={t('orders.emptyChannel')} />
    </Stack>
  );
}
