import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, type ComboboxItem } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { OfferRow_OfferFragment } from '../gql/graphql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { formatMoney, toAmount } from '../ui/money';
import { FormAlert } from '../ui/states';

const SaveOfferMutation = graphql(`
  mutation SaveOffer($input: SaveOfferInput!) {
    saveOffer(input: $input) {
      offer {
        ...OfferRow_offer
      }
    }
  }
`);

const OfferProductChoicesQuery = graphql(`
  query OfferProductChoices($search: String) {
    products(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          sku
          name
          listPrice {
            amount
            currency
          }
        }
      }
    }
  }
`);

interface OfferValues {
  productId: string | null;
  price: { amount: string; currency: string };
  stock: number | string;
  deliveryDays: number | string;
  partnerSku: string;
  offered: boolean;
}

/** A catalog product to offer, found by name or SKU as the manager types. */
function ProductPicker({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  // The chosen product stays a choice (and keeps its label) while other searches run.
  const [chosen, setChosen] = useState<ComboboxItem | null>(null);
  const [debounced] = useDebouncedValue(search === chosen?.label ? '' : search, 250);
  const { data, loading } = useQuery(OfferProductChoicesQuery, { variables: { search: debounced.trim() || null } });
  const options: ComboboxItem[] = (data?.products.edges ?? []).map(({ node: p }) => ({
    value: p.id,
    label: `${p.name} (${p.sku}) · ${formatMoney(p.listPrice, i18n.language)}`,
  }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={t('offers.product')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched name and SKU; the labels hold more than the typed words.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('states.loading') : t('offers.noProduct')}
      data={options}
      data-autofocus
      {...inputProps}
      onChange={(value, option) => {
        setChosen(option ?? null);
        inputProps.onChange(value);
      }}
    />
  );
}

interface Props {
  partnerId: string;
  /** Null: a new offer, for a product chosen here. */
  offer: OfferRow_OfferFragment | null;
  onDone: () => void;
}

/** One offer's terms: the partner's net price, stock, delivery time, own article number, and whether it is offered. */
export function OfferForm({ partnerId, offer, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  // A new offer joins the list: the lists are refetched rather than patched.
  const [save, { loading }] = useMutation(SaveOfferMutation, offer ? {} : { refetchQueries: ['PartnerOffers'] });
  const form = useForm<OfferValues>({
    initialValues: offer
      ? {
          productId: offer.productId, price: { ...offer.price }, stock: offer.stock, deliveryDays: offer.deliveryDays,
          partnerSku: offer.partnerSku ?? '', offered: offer.offered,
        }
      : { productId: null, price: { amount: '', currency: 'EUR' }, stock: 0, deliveryDays: 1, partnerSku: '', offered: true },
    validate: {
      productId: (v) => (v ? null : t('validation.required')),
      price: {
        amount: (v) => (toAmount(v) !== null ? null : t('validation.amount')),
        currency: (v) => (/^[A-Z]{3}$/.test(v.trim()) ? null : t('validation.currency')),
      },
      stock: (v) => (typeof v === 'number' && v >= 0 && v <= 10_000_000 ? null : t('validation.range', { min: 0, max: 10000000 })),
      deliveryDays: (v) => (typeof v === 'number' && v >= 0 && v <= 365 ? null : t('validation.range', { min: 0, max: 365 })),
      partnerSku: (v) => (!v.trim() || /^[A-Za-z0-9._/-]{1,40}$/.test(v.trim()) ? null : t('validation.sku')),
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: {
            partnerId,
            productId: v.productId!,
            price: { amount: toAmount(v.price.amount)!, currency: v.price.currency.trim() },
            stock: Number(v.stock),
            deliveryDays: Number(v.deliveryDays),
            partnerSku: v.partnerSku.trim() || null,
            offered: v.offered,
          },
        },
      });
      notifications.show({ color: 'green', message: t('common.saved') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        {offer ? (
          <Text fw={600}>
            {offer.product?.name}{' '}
            <Text span size="sm" c="dimmed" ff="monospace">
              {offer.product?.sku}
            </Text>
          </Text>
        ) : (
          <ProductPicker inputProps={form.getInputProps('productId')} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput label={t('offers.price')} description={t('offers.priceHint')} required inputMode="decimal" style={{ flex: 1 }} {...form.getInputProps('price.amount')} />
            <TextInput
              label={t('productForm.currency')}
              required
              maxLength={3}
              w={100}
              {...form.getInputProps('price.currency')}
              onChange={(event) => form.setFieldValue('price.currency', event.currentTarget.value.toUpperCase())}
            />
          </Group>
          <TextInput label={t('offers.partnerSku')} description={t('offers.partnerSkuHint')} maxLength={40} {...form.getInputProps('partnerSku')} />
          <NumberInput label={t('offers.stock')} required min={0} max={10_000_000} allowDecimal={false} allowNegative={false} {...form.getInputProps('stock')} />
          <NumberInput label={t('offers.deliveryDays')} required min={0} max={365} allowDecimal={false} allowNegative={false} {...form.getInputProps('deliveryDays')} />
        </SimpleGrid>
        <Checkbox label={t('offers.offered')} description={t('offers.offeredHint')} {...form.getInputProps('offered', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
