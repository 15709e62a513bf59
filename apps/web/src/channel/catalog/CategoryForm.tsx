import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CategoryRow_CategoryFragment } from '../../gql/graphql';
import { categoryChoices } from '../../ui/categoryTree';
import {
  DEFAULT_CATALOG_LANGUAGE, localizedTextErrorPaths, localizedTextsInput, textsByLanguage, TRANSLATED_LANGUAGES, type TranslatedLanguage,
} from '../../ui/catalogLanguages';
import { useSaveForm } from '../../ui/useSaveForm';
import { FormAlert } from '../../ui/states';

const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CategoryInput!) {
    createCategory(input: $input) { category { ...CategoryRow_category } }
  }
`);
const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) { category { ...CategoryRow_category } }
  }
`);

/** A category and everything below it: none of them can become its parent. */
function subtreeOf(id: string, categories: readonly CategoryRow_CategoryFragment[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

interface Props {
  category: CategoryRow_CategoryFragment | null;
  categories: readonly CategoryRow_CategoryFragment[];
  onDone: () => void;
}

export function CategoryForm({ category, categories, onDone }: Props) {
  const { t } = useTranslation();
  const refresh = { refetchQueries: ['CatalogCategories'] };
  const [create, creating] = useMutation(CreateCategoryMutation, refresh);
  const [update, updating] = useMutation(UpdateCategoryMutation, refresh);
  const excluded = category ? subtreeOf(category.id, categories) : new Set<string>();
  // The name is the default language's (never the UI's); the other languages' are optional.
  const form = useForm<{ code: string; name: string; parentId: string | null; position: number | string; translations: Record<TranslatedLanguage, string> }>({
    initialValues: category
      ? {
          code: category.code, name: category.defaultName, parentId: category.parentId ?? null, position: category.position,
          translations: textsByLanguage(category.translations),
        }
      : { code: '', name: '', parentId: null, position: 0, translations: textsByLanguage([]) },
    validate: {
      code: (v) => (/^[A-Z0-9_-]{1,10}$/.test(v.trim()) ? null : t('validation.categoryCode')),
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 100 ? null : t('validation.nameLength')),
      position: (v) => (typeof v === 'number' && v >= 0 && v <= 10000 ? null : t('validation.range', { min: 0, max: 10000 })),
      translations: Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, (v: string) => (!v.trim() || v.trim().length >= 2 ? null : t('validation.nameLength'))])),
    },
  });

  const { submit, failure } = useSaveForm(form, async (v) => {
    // Always the whole set: a name cleared is a name removed.
    const translations = localizedTextsInput(v.translations);
    const input = { code: v.code.trim(), name: v.name.trim(), parentId: v.parentId, position: Number(v.position), translations };
    if (category) await update({ variables: { input: { ...input, categoryId: category.id } } });
    else await create({ variables: { input } });
  }, onDone, (v) => localizedTextErrorPaths('translations', localizedTextsInput(v.translations).map((tr) => tr.language)));
  const defaultLanguage = t(`catalogLanguage.${DEFAULT_CATALOG_LANGUAGE}`);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('category.code')}
            description={t('category.codeHint')}
            required
            data-autofocus
            maxLength={10}
            {...form.getInputProps('code')}
            onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
          />
          <TextInput
            label={t('category.nameIn', { language: defaultLanguage })}
            description={t('category.defaultNameHint')}
            required
            maxLength={100}
            {...form.getInputProps('name')}
          />
          <Select
            label={t('category.parent')}
            placeholder={t('category.noParent')}
            clearable
            searchable
            data={categoryChoices(categories.filter((c) => !excluded.has(c.id)))}
            {...form.getInputProps('parentId')}
          />
          <NumberInput label={t('category.position')} description={t('category.positionHint')} min={0} max={10000} allowDecimal={false} {...form.getInputProps('position')} />
        </SimpleGrid>
        <Fieldset legend={t('category.translations')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('category.translationsHint')}
            </Text>
            {TRANSLATED_LANGUAGES.map((l) => (
              <TextInput key={l} label={t('category.nameIn', { language: t(`catalogLanguage.${l}`) })} maxLength={100} {...form.getInputProps(`translations.${l}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
