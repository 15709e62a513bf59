import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProductForm_ProductFragment } from '../../gql/graphql';
import { categoryChoices } from '../../ui/categoryTree';
import { DEFAULT_CATALOG_LANGUAGE, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../../ui/catalogLanguages';
import { applyServerErrors, fieldErrors, focusFirstError } from '../../ui/errors';
import { toAmount } from '../../ui/money';
import { FormAlert } from '../../ui/states';
import { forgetProductLists } from './catalogCache';
import { CatalogCategoriesQuery } from './CategoriesPage';
import { AttributeRows } from './AttributeRows';
import { languageHasErrors, ProductTranslations } from './ProductTranslations';

graphql(`
  fragment ProductForm_product on Product {
    id
    sku
    defaultName
    defaultDescription
    unit
    active
    categoryId
    listPrice {
      amount
      currency
    }
    defaultAttributes {
      key
      value
    }
    translations {
      language
      name
      description
      attributes {
        key
        value
      }
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

export interface AttributeValues {
  key: string;
  value: string;
}

/** A product's texts in one other language: no name, no translation. */
interface TranslationValues {
  name: string;
  description: string;
  /** None: the default language's attributes are shown. */
  attributes: AttributeValues[];
}

/** The texts (name, description, attributes) are the default language's: never the UI's, whatever it is. */
export interface ProductValues {
  sku: string;
  name: string;
  description: string;
  unit: string;
  listPrice: { amount: string; currency: string };
  categoryId: string | null;
  attributes: AttributeValues[];
  active: boolean;
  translations: Record<TranslatedLanguage, TranslationValues>;
}

const attributesOf = (attributes: readonly AttributeValues[]) => attributes.map(({ key, value }) => ({ key, value }));

const translationsOf = (p: ProductForm_ProductFragment | null) =>
  Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => {
    const translation = p?.translations.find((tr) => tr.language === language);
    return [language, { name: translation?.name ?? '', description: translation?.description ?? '', attributes: attributesOf(translation?.attributes ?? []) }];
  })) as Record<TranslatedLanguage, TranslationValues>;

const valuesOf = (p: ProductForm_ProductFragment | null): ProductValues =>
  p
    ? {
        sku: p.sku, name: p.defaultName, description: p.defaultDescription, unit: p.unit, listPrice: { ...p.listPrice }, categoryId: p.categoryId ?? null,
        attributes: attributesOf(p.defaultAttributes), active: p.active, translations: translationsOf(p),
      }
    : {
        sku: '', name: '', description: '', unit: 'PCE', listPrice: { amount: '', currency: 'EUR' }, categoryId: null, attributes: [], active: true,
        translations: translationsOf(null),
      };

/** The languages sent (those with a name), in the order sent. */
const languagesToSend = (v: ProductValues) => TRANSLATED_LANGUAGES.filter((language) => v.translations[language].name.trim());

/** The server names a translation's fields by its place in what was sent (translations.0.name); the form, by language. */
const translationErrorPaths = (sent: readonly TranslatedLanguage[]) =>
  Object.fromEntries(sent.flatMap((language, i) => ['name', 'description'].map((field) => [`translations.${i}.${field}`, `translations.${language}.${field}`])));

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
  const [language, setLanguage] = useState<TranslatedLanguage>(TRANSLATED_LANGUAGES[0]!);
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
      translations: Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, {
        name: (v: string, values: ProductValues) => {
          const { description, attributes } = values.translations[l];
          if (!v.trim()) return description.trim() || attributes.length > 0 ? t('productForm.translationNeedsName') : null;
          return v.trim().length >= 2 && v.trim().length <= 200 ? null : t('validation.nameLength');
        },
        attributes: {
          key: (v: string, values: ProductValues, path: string) => {
            if (v.trim().length < 1 || v.trim().length > 60) return t('validation.attributeKey');
            const index = Number(path.split('.').at(-2));
            return values.translations[l].attributes.some((a, i) => i < index && a.key.trim() === v.trim()) ? t('validation.attributeTwice') : null;
          },
        },
      }])) as Record<TranslatedLanguage, object>,
    },
  });

  /** Shows the tab of the first language with an error (unless the one shown has one), then focuses the first bad field. */
  const revealErrors = (errors: Record<string, unknown>) => {
    const bad = TRANSLATED_LANGUAGES.find((l) => languageHasErrors(errors, l));
    if (bad && !languageHasErrors(errors, language)) flushSync(() => setLanguage(bad));
    focusFirstError(errors);
  };

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const sent = languagesToSend(v);
    const input = {
      sku: v.sku.trim(),
      name: v.name.trim(),
      description: v.description,
      unit: v.unit.trim(),
      listPrice: { amount: toAmount(v.listPrice.amount)!, currency: v.listPrice.currency.trim() },
      categoryId: v.categoryId,
      attributes: v.attributes.map((a) => ({ key: a.key.trim(), value: a.value.trim() })),
      active: v.active,
      // Always the whole set: a language whose name was cleared loses its translation.
      translations: sent.map((l) => {
        const { name, description, attributes } = v.translations[l];
        return { language: l, name: name.trim(), description, attributes: attributes.map((a) => ({ key: a.key.trim(), value: a.value.trim() })) };
      }),
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
      const rename = translationErrorPaths(sent);
      setFailure(applyServerErrors(form, error, rename));
      revealErrors(Object.fromEntries(fieldErrors(error).map(({ field, reason }) => [rename[field] ?? field, reason])));
    }
  }, revealErrors);

  const defaultLanguage = t(`catalogLanguage.${DEFAULT_CATALOG_LANGUAGE}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('product.sku')} description={t('productForm.skuHint')} required maxLength={40} {...form.getInputProps('sku')} />
          <TextInput
            label={t('productForm.nameIn', { language: defaultLanguage })}
            description={t('productForm.defaultNameHint')}
            required
            maxLength={200}
            {...form.getInputProps('name')}
          />
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
        <Textarea
          label={t('productForm.descriptionIn', { language: defaultLanguage })}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={10000}
          {...form.getInputProps('description')}
        />
        <AttributeRows
          form={form}
          path="attributes"
          rows={form.values.attributes}
          legend={t('productForm.attributesIn', { language: defaultLanguage })}
          empty={t('productForm.noAttributes')}
        />
        <ProductTranslations form={form} language={language} onLanguageChange={setLanguage} />
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
