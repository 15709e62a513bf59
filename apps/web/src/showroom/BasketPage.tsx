import { useState } from 'react';
import { Button, Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { useBasket, type BasketLine } from './basket';
import { hideBasketNotices } from './basketNotice';
import { BasketLines } from './BasketLines';
import { LeadForm } from './LeadForm';
import { LeadSent } from './LeadSent';
import { useOciSession } from './oci';
import { OciTransferPanel } from './OciTransferPanel';
import { useShowroom } from './useShowroom';

/** A line's net price: as kept, or from the shown gross price and the showroom's VAT. */
function netOf(line: BasketLine, showroom: { pricesGross: boolean; vatPercent: number }): BasketLine['price'] {
  if (line.netPrice) return line.netPrice;
  if (!showroom.pricesGross) return line.price;
  const minor = Math.round(Math.round(Number(line.price.amount) * 100) / (1 + showroom.vatPercent / 100));
  return { amount: (minor / 100).toFixed(2), currency: line.price.currency };
}

/** The basket of this showroom: lines to adjust, then a quote request (or, in OCI mode, the transfer to the shop). */
export function BasketPage() {
  const { t } = useTranslation();
  const { showroom, slug, base, isBrand } = useShowroom();
  const basket = useBasket(slug);
  const oci = useOciSession();
  const [sentReference, setSentReference] = useState<string | null>(null);
  const [transferred, setTransferred] = useState(false);
  usePageTitle(t('basket.title'), showroom.displayName);

  if (sentReference) return <LeadSent reference={sentReference} displayName={showroom.displayName} isBrand={isBrand} home={base} />;
  if (transferred) return <EmptyState headingOrder={1} title={t('oci.sentTitle')} description={t('oci.sent')} />;
  if (basket.lines.length === 0) {
    return (
      <EmptyState
        headingOrder={1}
        title={t('basket.emptyTitle')}
        description={t('basket.emptyText')}
        action={
          <Button component={Link} to={base}>
            {t('basket.browse')}
          </Button>
        }
      />
    );
  }
  return (
    <Stack gap="lg">
      <Title order={1}>{t('basket.title')}</Title>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          {oci ? (
            // What the transfer carries: net prices (lines kept by an older version had only the shown one).
            <BasketLines lines={basket.lines.map((line) => ({ ...line, price: netOf(line, showroom) }))} base={base} gross={false} transferred
              onQuantity={basket.setQuantity} onRemove={basket.remove} />
          ) : (
            <BasketLines lines={basket.lines} base={base} gross={showroom.pricesGross} onQuantity={basket.setQuantity} onRemove={basket.remove} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {oci ? (
            <OciTransferPanel
              session={oci}
              lines={basket.lines}
              onTransferred={() => {
                setTransferred(true);
                basket.clear();
                hideBasketNotices();
              }}
            />
          ) : (
            <LeadForm
              lines={basket.lines}
              onSent={(reference) => {
                setSentReference(reference);
                basket.clear();
              }}
            />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
