import { useRef, useState } from 'react';
import {
  ActionIcon, Alert, Anchor, Breadcrumbs, Button, Fieldset, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Table, Text, TextInput, Title,
  VisuallyHidden, type ComboboxItem,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OrderKind } from '@trellis/schema';
import { graphql } from '../gql';
import { describeError, errorCode, fieldErrors, focusFirstError } from '../ui/errors';
import { formatMoney } from '../ui/money';
import { newIdempotencyKey, orderKindsFor } from '../ui/orderMoves';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { WideTable } from '../ui/WideTable';
import { useViewer } from '../ui/viewer';

const MAX_QUANTITY = 100_000;
const MAX_LINES = 200;

const NewOrderTerms = graphql(`
  query NewOrderTerms($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      name
      tier {
        id
        discountPercent
      }
    }
    showroomSettings(partnerId: $partnerId) {
      partnerId
      vatPercent
    }
  }
`);

const OrderOfferChoices = graphql(`
  query OrderOfferChoices($partnerId: ID!, $search: String) {
    offers(partnerId: $partnerId, search: $search, first: 20) {
      edges {
        node {
          partnerId
          productId
          offered
          stock
          price {
            amount
            currency
          }
          product {
            id
            sku
            name
          }
        }
      }
    }
  }
`);

const OrderProductChoices = graphql(`
  query OrderProductChoices($search: String) {
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

const CreateOrder = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

/** A product the order may take, at the price Trellis will charge for it (in minor units). */
interface Choice {
  productId: string;
  name: string;
  sku: string;
  unitMinor: bigint;
  currency: string;
  /** The partner's stock (sell-out); null for the brand's warehouse, which the partner does not see. */
  stock: number | null;
}

interface Line {
  productId: string;
  name: string;
  sku: string;
  /** Minor units as text: form values stay plain data. */
  unitMinor: string;
  currency: string;
  stock: number | null;
  quantity: number | string;
}

interface Values {
  kind: OrderKind;
  customer: { name: string; company: string; email: string; phone: string };
  lines: Line[];
}

/** "329.00" in minor units (32900n); the API writes amounts with a point and at most two decimals. */
function toMinor(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

function amountOf(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A percentage of an amount as the API rounds it: half up, to the minor unit (order-pricing.ts). */
function percentOf(minor: bigint, percent: number): bigint {
  const basisPoints = BigInt(Math.round(percent * 100));
  return (minor * basisPoints + 5000n) / 10000n;
}

/** Whole units, 1 to 100,000. */
const quantityOk = (value: number | string) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY;

/** Where the server's field names (customer.email, lines[1].quantity, lines.0.quantity) sit in this form. */
function formPathOf(field: string): { path: string; line: number | null } {
  const bare = field.replace(/^input\./, '');
  const line = /^lines(?:\[(\d+)\]|\.(\d+))\.(\w+)$/.exec(bare);
  if (line) return { path: `lines.${line[1] ?? line[2]}.${line[3]}`, line: Number(line[1] ?? line[2]) };
  return { path: bare, line: null };
}

interface PickerProps {
  kind: OrderKind;
  partnerId: string;
  discountPercent: number;
  onAdd: (choice: Choice, quantity: number) => string | null;
  error: string | null;
}

/**
 * Finds a product as the user types (the partner's offers for a customer's order, the catalog for a
 * replenishment), takes its quantity, and adds the line: Enter in the quantity adds it and goes back to the
 * search, so that a whole order is typed without the mouse.
 */
function LinePicker({ kind, partnerId, discountPercent, onAdd, error }: PickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [problem, setProblem] = useState<{ field: 'product' | 'quantity'; message: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const quantityRef = useRef<HTMLInputElement>(null);
  const sellOut = kind === 'SELL_OUT';
  const labelOf = (c: Choice) => {
    const price = formatMoney({ amount: amountOf(c.unitMinor), currency: c.currency }, i18n.language);
    return [`${c.name} (${c.sku})`, price, c.stock === null ? null : t('orders.inStock', { count: c.stock })].filter(Boolean).join(' · ');
  };
  // While a chosen product's label is in the field, the search asks for everything (the label is no search).
  const [debounced] = useDebouncedValue(chosen && search === labelOf(chosen) ? '' : search.trim(), 250);
  const offers = useQuery(OrderOfferChoices, { variables: { partnerId, search: debounced || null }, skip: !sellOut });
  const products = useQuery(OrderProductChoices, { variables: { search: debounced || null }, skip: sellOut });
  const loading = sellOut ? offers.loading : products.loading;
  const choices: Choice[] = sellOut
    ? (offers.data?.offers.edges ?? []).filter(({ node }) => node.offered && node.product).map(({ node }) => ({
        productId: node.productId, name: node.product!.name, sku: node.product!.sku, unitMinor: toMinor(node.price.amount), currency: node.price.currency, stock: node.stock,
      }))
    : (products.data?.products.edges ?? []).map(({ node }) => {
        const list = toMinor(node.listPrice.amount);
        return { productId: node.id, name: node.name, sku: node.sku, unitMinor: list - percentOf(list, discountPercent), currency: node.listPrice.currency, stock: null };
      });
  // The chosen product stays a choice (and keeps its label) while its label is in the field; a new search lists only its matches.
  const showingChosen = chosen !== null && search === labelOf(chosen);
  if (chosen && showingChosen && !choices.some((c) => c.productId === chosen.productId)) choices.unshift(chosen);
  const options: ComboboxItem[] = choices.map((c) => ({ value: c.productId, label: labelOf(c) }));
  const choose = (choice: Choice | null) => {
    setChosen(choice);
    setProblem(null);
    // Once Mantine has closed the list: the quantity, selected, so that typing replaces it.
    if (choice) setTimeout(() => quantityRef.current?.select(), 0);
  };

  const add = () => {
    if (!chosen || !showingChosen) {
      setProblem({ field: 'product', message: t('orders.chooseProduct') });
      searchRef.current?.focus();
      return;
    }
    if (!quantityOk(quantity)) {
      setProblem({ field: 'quantity', message: t('orders.quantityRange') });
      quantityRef.current?.focus();
      return;
    }
    const refused = onAdd(chosen, Number(quantity));
    if (refused) {
      setProblem({ field: 'product', message: refused });
      return;
    }
    setProblem(null);
    setChosen(null);
    setSearch('');
    setQuantity(1);
    searchRef.current?.focus();
  };

  // The form's own complaint (no line at all) shows on the search too.
  const productError = problem?.field === 'product' ? problem.message : error;
  const quantityError = problem?.field === 'quantity' ? problem.message : null;
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="xs" wrap="wrap">
        <Select
          ref={searchRef}
          label={t('orders.productSearch')}
          placeholder={t('orders.productPlaceholder')}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          // The API already matched name and SKU; the labels hold more than the typed words.
          filter={({ options: all }) => all}
          selectFirstOptionOnChange
          nothingFoundMessage={loading ? t('states.loading') : sellOut ? t('orders.noOfferFound') : t('orders.noProductFound')}
          data={options}
          value={chosen?.productId ?? null}
          onChange={(value) => choose(choices.find((c) => c.productId === value) ?? null)}
          onKeyDown={(event) => {
            // Enter never sends the form. It picks the option highlighted (Mantine does), else the first match, and
            // with a product picked goes on to its quantity.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            const list = document.getElementById(event.currentTarget.getAttribute('aria-controls') ?? '');
            if (list?.querySelector('[data-combobox-selected]')) return;
            if (showingChosen) quantityRef.current?.select();
            else if (choices[0] && !loading && debounced === search.trim()) choose(choices[0]);
          }}
          error={productError}
          style={{ flex: '1 1 18rem' }}
          data-testid="order-product-search"
        />
        <NumberInput
          ref={quantityRef}
          label={t('orders.quantity')}
          min={1}
          max={MAX_QUANTITY}
          allowDecimal={false}
          allowNegative={false}
          value={quantity}
          onChange={(value) => {
            setQuantity(value);
            if (problem?.field === 'quantity') setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={quantityError}
          w={120}
          data-testid="order-add-quantity"
        />
        <Button mt={25} variant="light" onClick={add} data-testid="order-add-line">
          {t('orders.addLine')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('orders.addHint')}
      </Text>
    </Stack>
  );
}

/** A partner's new order: a customer's (sell-out, from its offers) or a replenishment from the brand owner (sell-in, its managers only). */
export function NewOrderPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('orders.newTitle'), 'Trellis');
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const partnerId = viewer?.partner?.id ?? '';
  const kinds = viewer ? orderKindsFor(viewer.role) : [];
  const terms = useQuery(NewOrderTerms, { variables: { partnerId }, skip: !partnerId });
  // One key per form, the same on every retry: a double click or a lost answer never places two orders.
  const idempotencyKey = useRef(newIdempotencyKey());
  const sending = useRef(false);
  // The order list reads itself again when shown next (cache-and-network).
  const [create, creating] = useMutation(CreateOrder);
  const [failure, setFailure] = useState<string | null>(null);
  const [linesError, setLinesError] = useState<string | null>(null);
  const [placedBefore, setPlacedBefore] = useState<{ id: string; number: string } | null>(null);
  const form = useForm<Values>({
    initialValues: { kind: 'SELL_OUT', customer: { name: '', company: '', email: '', phone: '' }, lines: [] },
    validate: {
      customer: {
        name: (v, values) => (values.kind === 'SELL_IN' || v.trim().length >= 2 ? null : t('validation.nameLength')),
        email: (v, values) => (values.kind === 'SELL_IN' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : t('validation.email')),
        phone: (v, values) => (values.kind === 'SELL_IN' || !v.trim() || /^\+?[0-9 ()\-/]{5,30}$/.test(v.trim()) ? null : t('validation.phone')),
      },
      lines: {
        quantity: (v) => (quantityOk(v) ? null : t('orders.quantityRange')),
      },
    },
  });

  if (!viewer?.partner) return <EmptyState title={t('partnerHome.noPartner')} />;
  if (kinds.length === 0) return <EmptyState title={t('orders.noKinds')} />;
  if (!terms.data && terms.loading) return <LoadingState />;
  if (!terms.data) return <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />;

  const { kind, lines } = form.getValues();
  const sellOut = kind === 'SELL_OUT';
  const vatPercent = sellOut ? (terms.data.showroomSettings?.vatPercent ?? 0) : 0;
  const discountPercent = terms.data.partner.tier?.discountPercent ?? 0;
  const currency = lines[0]?.currency ?? null;
  const lineNet = (line: Line) => BigInt(line.unitMinor) * BigInt(quantityOk(line.quantity) ? Number(line.quantity) : 0);
  const net = lines.reduce((sum, line) => sum + lineNet(line), 0n);
  const vat = percentOf(net, vatPercent);
  const money = (minor: bigint, code = currency ?? 'EUR') => formatMoney({ amount: amountOf(minor), currency: code }, i18n.language);
  const percent = new Intl.NumberFormat(i18n.language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 2 }).format(vatPercent);

  /** One line per product: the same product again adds to its quantity. Answers why a line cannot be added. */
  const addLine = (choice: Choice, quantity: number): string | null => {
    if (currency && choice.currency !== currency) {
      return t('orders.otherCurrency', { name: choice.name, currency: choice.currency, orderCurrency: currency });
    }
    const index = lines.findIndex((l) => l.productId === choice.productId);
    if (index >= 0) {
      const before = Number(lines[index]!.quantity) || 0;
      form.setFieldValue(`lines.${index}.quantity`, Math.min(before + quantity, MAX_QUANTITY));
    } else {
      if (lines.length >= MAX_LINES) return t('orders.tooManyLines', { max: MAX_LINES });
      form.insertListItem('lines', {
        productId: choice.productId, name: choice.name, sku: choice.sku, unitMinor: String(choice.unitMinor), currency: choice.currency, stock: choice.stock, quantity,
      } satisfies Line);
    }
    setLinesError(null);
    return null;
  };

  const submit = form.onSubmit(async (v) => {
    if (v.lines.length === 0) {
      setLinesError(t('orders.linesRequired'));
      document.querySelector<HTMLInputElement>('[data-testid="order-product-search"]')?.focus();
      return;
    }
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      const result = await create({
        variables: {
          input: {
            kind: v.kind,
            partnerId,
            lines: v.lines.map((l) => ({ productId: l.productId, quantity: Number(l.quantity) })),
            customer: v.kind === 'SELL_OUT'
              ? { name: v.customer.name.trim(), company: v.customer.company.trim() || null, email: v.customer.email.trim(), phone: v.customer.phone.trim() || null }
              : null,
            idempotencyKey: idempotencyKey.current,
            submit: true,
          },
        },
      });
      const order = result.data?.createOrder.order;
      if (!order) throw new Error('createOrder answered no order');
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('orders.placedNotice', { number: order.number }) });
      void navigate(`/partner/orders/${order.id}`);
    } catch (error) {
      // This form's key already placed an order with other contents (its answer was lost, then the form changed).
      const ext = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
      if (errorCode(error) === 'CONFLICT' && typeof ext?.orderId === 'string') {
        setPlacedBefore({ id: ext.orderId, number: String(ext.orderNumber ?? '') });
        return;
      }
      const errors: Record<string, string> = {};
      const leftover: string[] = [];
      for (const { field, reason } of fieldErrors(error)) {
        const { path, line } = formPathOf(field);
        if (line !== null && path.endsWith('.quantity')) errors[path] ??= reason;
        else if (line !== null) leftover.push(`${v.lines[line]?.name ?? field}: ${reason}`);
        else if (path.startsWith('customer.') && path.split('.')[1]! in v.customer) errors[path] ??= reason;
        else leftover.push(`${field}: ${reason}`);
      }
      form.setErrors(errors);
      focusFirstError(errors);
      setFailure(leftover.length ? leftover.join('\n') : Object.keys(errors).length ? null : describeError(error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  return (
    <Stack maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to="/partner/orders">
          {t('orders.title')}
        </Anchor>
        <span>{t('orders.newTitle')}</span>
      </Breadcrumbs>
      <Title order={1}>{t('orders.newTitle')}</Title>
      <Text c="dimmed">{t('orders.newIntro')}</Text>
      <form onSubmit={submit} noValidate data-testid="new-order-form">
        <Stack>
          <FormAlert message={failure} />
          {placedBefore && (
            <Alert color="orange" title={t('orders.keyUsedTitle')} role="alert" data-testid="order-key-used">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('orders.keyUsed', { number: placedBefore.number })}</Text>
                <Anchor component={Link} to={`/partner/orders/${placedBefore.id}`} size="sm">
                  {t('orders.openOrder', { number: placedBefore.number })}
                </Anchor>
              </Stack>
            </Alert>
          )}
          {kinds.length > 1 && (
            <Radio.Group
              label={t('orders.kindLabel')}
              value={kind}
              onChange={(value) => {
                // Each kind has its own prices: the lines start again.
                form.setValues({ kind: value as OrderKind, lines: [] });
                setLinesError(null);
              }}
            >
              <Group mt="xs" gap="lg">
                {kinds.map((k) => (
                  <Radio key={k} value={k} label={t(`orders.kindLong.${k}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {sellOut && (
            <Fieldset legend={t('orders.customerTitle')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('orders.customerName')} required maxLength={120} autoComplete="off" {...form.getInputProps('customer.name')} />
                <TextInput label={t('orders.company')} maxLength={200} autoComplete="off" {...form.getInputProps('customer.company')} />
                <TextInput label={t('orders.email')} type="email" required maxLength={254} autoComplete="off" {...form.getInputProps('customer.email')} />
                <TextInput label={t('orders.phone')} type="tel" maxLength={30} autoComplete="off" {...form.getInputProps('customer.phone')} />
              </SimpleGrid>
            </Fieldset>
          )}
          <Fieldset legend={t('orders.linesTitle')}>
            <Stack>
              <LinePicker key={kind} kind={kind} partnerId={partnerId} discountPercent={discountPercent} onAdd={addLine} error={linesError} />
              {!sellOut && discountPercent > 0 && (
                <Text size="xs" c="dimmed">
                  {t('orders.discountNote', { percent: new Intl.NumberFormat(i18n.language === 'pl' ? 'pl-PL' : 'en-GB').format(discountPercent) })}
                </Text>
              )}
              {lines.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="order-no-lines">
                  {t('orders.noLines')}
                </Text>
              ) : (
                <WideTable minWidth={560} label={t('orders.linesTitle')}>
                  <Table verticalSpacing="xs" data-testid="new-order-lines">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('orders.product')}</Table.Th>
                        <Table.Th ta="right">{t('orders.unitPrice')}</Table.Th>
                        <Table.Th>{t('orders.quantity')}</Table.Th>
                        <Table.Th ta="right">{t('orders.lineNet')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {lines.map((line, index) => (
                        <Table.Tr key={line.productId} data-testid="new-order-line">
                          <Table.Td className="break-anywhere">
                            <Text size="sm" fw={600}>
                              {line.name}
                            </Text>
                            <Text size="xs" c="dimmed" ff="monospace">
                              {line.sku}
                              {line.stock !== null ? ` · ${t('orders.inStock', { count: line.stock })}` : ''}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {money(BigInt(line.unitMinor), line.currency)}
                          </Table.Td>
                          <Table.Td>
                            <NumberInput
                              aria-label={t('orders.quantityOf', { name: line.name })}
                              min={1}
                              max={MAX_QUANTITY}
                              allowDecimal={false}
                              allowNegative={false}
                              w={110}
                              {...form.getInputProps(`lines.${index}.quantity`)}
                            />
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="new-order-line-net">
                            {money(lineNet(line), line.currency)}
                          </Table.Td>
                          <Table.Td>
                            <ActionIcon variant="subtle" color="red" aria-label={t('orders.removeNamed', { name: line.name })}
                              onClick={() => form.removeListItem('lines', index)}>
                              <span aria-hidden>×</span>
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </WideTable>
              )}
              {lines.length > 0 && (
                <Stack gap={2} align="flex-end" data-testid="new-order-total" aria-live="polite">
                  <Text size="sm">
                    {t('orders.net')}: <span data-testid="new-order-net">{money(net)}</span>
                  </Text>
                  {sellOut && (
                    <Text size="sm">
                      {t('orders.vat', { percent })}: <span data-testid="new-order-vat">{money(vat)}</span>
                    </Text>
                  )}
                  <Text fw={700}>
                    {t('orders.gross')}: <span data-testid="new-order-gross">{money(net + vat)}</span>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('orders.estimateNote')}
                  </Text>
                </Stack>
              )}
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/partner/orders">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading} data-testid="place-order">
              {t('orders.place')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
