import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProductForm_ProductFragment } from '../../gql/graphql';
import { categoryChoices } from '../../ui/categoryTree';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { toAmount } from '../../ui/money';
import { FormAlert } from '../../ui/states';
import { forgetProductLists } from './catalogCache';
import { CatalogCategoriesQuery } from './CategoriesPage';

graphql(`
  fragment ProductForm_product on Product {
    id
    sku
    name
    description
    unit
    active
    categoryId
    listPrice {
      amount
      currency
    }
    attributes {
      key
      value
    }
  }
`);

const CreateProductMutation = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }
  }
`);
const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }
  }
`);

interface ProductValues {
  sku: string;
  name: string;
  description: string;
  unit: string;
  listPrice: { amount: string; currency: string };
  categoryId: string | null;
  attributes: { key: string; value: string }[];
  active: boolean;
}

const valuesOf = (p: ProductForm_ProductFragment | null): ProductValues =>
  p
    ? {
        sku: p.sku, name: p.name, description: p.description, unit: p.unit, listPrice: { ...p.listPrice }, categoryId: p.categoryId ?? null,
        attributes: p.attributes.map(({ key, value }) => ({ key, value })), active: p.active,
      }
    : { sku: '', name: '', description: '', unit: 'PCE', listPrice: { amount: '', currency: 'EUR' }, categoryId: null, attributes: [], active: true };

interface Props {
  product: ProductForm_ProductFragment | null;
  onSaved: (product: ProductForm_ProductFragment, created: boolean) => void;
}

/** A catalog product: identity, list price, category, free key/value attributes, and whether it is sold. */
export function ProductForm({ product, onSaved }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const categories = useQuery(CatalogCategoriesQuery);
  const [create, creating] = useMutation(CreateProductMutation, { update: forgetProductLists });
  const [update, updating] = useMutation(UpdateProductMutation, { update: forgetProductLists });
  const form = useForm<ProductValues>({
    initialValues: valuesOf(product),
    validate: {
      sku: (v) => (/^[A-Za-z0-9._/-]{1,40}$/.test(v.trim()) ? null : t('validation.sku')),
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 200 ? null : t('validation.nameLength')),
      unit: (v) => (/^[A-Z0-9]{1,3}$/.test(v.trim()) ? null : t('validation.unit')),
      listPrice: {
        amount: (v) => (toAmount(v) !== null ? null : t('validation.amount')),
        currency: (v) => (/^[A-Z]{3}$/.test(v.trim()) ? null : t('validation.currency')),
      },
      attributes: {
        key: (v) => (v.trim().length >= 1 && v.trim().length <= 60 ? null : t('validation.attributeKey')),
      },
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const input = {
      sku: v.sku.trim(),
      name: v.name.trim(),
      description: v.description,
      unit: v.unit.trim(),
      listPrice: { amount: toAmount(v.listPrice.amount)!, currency: v.listPrice.currency.trim() },
      categoryId: v.categoryId,
      attributes: v.attributes.map((a) => ({ key: a.key.trim(), value: a.value.trim() })),
      active: v.active,
    };
    try {
      if (product) {
        const { data } = await update({ variables: { input: { ...input, productId: product.id } } });
        if (data) onSaved(data.updateProduct.product, false);
      } else {
        const { data } = await create({ variables: { input } });
        if (data) onSaved(data.createProduct.product, true);
      }
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('product.sku')} description={t('productForm.skuHint')} required maxLength={40} {...form.getInputProps('sku')} />
          <TextInput label={t('productForm.name')} required maxLength={200} {...form.getInputProps('name')} />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput label={t('productForm.listPrice')} required inputMode="decimal" style={{ flex: 1 }} {...form.getInputProps('listPrice.amount')} />
            <TextInput
              label={t('productForm.currency')}
              required
              maxLength={3}
              w={100}
              {...form.getInputProps('listPrice.currency')}
              onChange={(event) => form.setFieldValue('listPrice.currency', event.currentTarget.value.toUpperCase())}
            />
          </Group>
          <TextInput
            label={t('productForm.unit')}
            description={t('productForm.unitHint')}
            required
            maxLength={3}
            {...form.getInputProps('unit')}
            onChange={(event) => form.setFieldValue('unit', event.currentTarget.value.toUpperCase())}
          />
          <Select
            label={t('productForm.category')}
            placeholder={t('productForm.noCategory')}
            clearable
            searchable
            data={categoryChoices(categories.data?.categories ?? [])}
            error={categories.error ? t('partners.optionsFailed') : undefined}
            {...form.getInputProps('categoryId')}
          />
        </SimpleGrid>
        <Textarea label={t('productForm.description')} autosize minRows={3} maxRows={12} maxLength={10000} {...form.getInputProps('description')} />
        <Fieldset legend={t('productForm.attributes')}>
          <Stack gap="xs">
            {form.values.attributes.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('productForm.noAttributes')}
              </Text>
            )}
            {form.values.attributes.map((_, i) => (
              <Group key={form.key(`attributes.${i}`)} gap="xs" align="flex-start" wrap="nowrap" data-testid="attribute-row">
                <TextInput label={t('productForm.attributeKey')} style={{ flex: 1, minWidth: 0 }} maxLength={60} {...form.getInputProps(`attributes.${i}.key`)} />
                <TextInput label={t('productForm.attributeValue')} style={{ flex: 2, minWidth: 0 }} maxLength={200} {...form.getInputProps(`attributes.${i}.value`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={25}
                  onClick={() => form.removeListItem('attributes', i)}
                  aria-label={t('productForm.removeAttribute', { n: i + 1 })}
                >
                  <span aria-hidden>×</span>
                </ActionIcon>
              </Group>
            ))}
            <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('attributes', { key: '', value: '' })}>
              {t('productForm.addAttribute')}
            </Button>
          </Stack>
        </Fieldset>
        <Checkbox label={t('productForm.active')} description={t('productForm.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {product ? t('common.save') : t('productForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
