import { Button, Fieldset, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../../ui/catalogLanguages';
import { AttributeRows } from './AttributeRows';
import type { ProductValues } from './ProductForm';

/** Whether any of a language's fields has an error. */
export const languageHasErrors = (errors: Record<string, unknown>, language: TranslatedLanguage) =>
  Object.entries(errors).some(([path, error]) => error && path.startsWith(`translations.${language}.`));

interface Props {
  form: UseFormReturnType<ProductValues>;
  /** The language shown: the form switches to one whose fields have errors. */
  language: TranslatedLanguage;
  onLanguageChange: (language: TranslatedLanguage) => void;
}

/** The product's name, description and attributes in each of the catalog's other languages, one tab each. */
export function ProductTranslations({ form, language, onLanguageChange }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('productForm.translations')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('productForm.translationsHint')}
        </Text>
        <Tabs value={language} onChange={(value) => value && onLanguageChange(value as TranslatedLanguage)}>
          <Tabs.List aria-label={t('productForm.translationLanguages')}>
            {TRANSLATED_LANGUAGES.map((l) => {
              const bad = languageHasErrors(form.errors, l);
              return (
                <Tabs.Tab key={l} value={l} color={bad ? 'red' : undefined} c={bad ? 'red' : undefined}>
                  {t(`catalogLanguage.${l}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {TRANSLATED_LANGUAGES.map((l) => (
            <Tabs.Panel key={l} value={l} pt="sm">
              <TranslationFields form={form} language={l} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Fieldset>
  );
}

function TranslationFields({ form, language }: { form: UseFormReturnType<ProductValues>; language: TranslatedLanguage }) {
  const { t } = useTranslation();
  const name = t(`catalogLanguage.${language}`);
  const path = `translations.${language}` as const;
  const attributes = form.values.translations[language].attributes;
  const own = form.values.attributes;
  return (
    <Stack gap="sm">
      <TextInput label={t('productForm.nameIn', { language: name })} maxLength={200} {...form.getInputProps(`${path}.name`)} />
      <Textarea
        label={t('productForm.descriptionIn', { language: name })}
        autosize
        minRows={2}
        maxRows={12}
        maxLength={10000}
        {...form.getInputProps(`${path}.description`)}
      />
      <AttributeRows
        form={form}
        path={`${path}.attributes`}
        rows={attributes}
        legend={t('productForm.attributesIn', { language: name })}
        empty={t('productForm.translationAttributesHint')}
        variant="unstyled"
        actions={
          attributes.length === 0 &&
          own.length > 0 && (
            // A start for translating: the English rows, to be overwritten.
            <Button variant="subtle" size="xs" onClick={() => form.setFieldValue(`${path}.attributes`, own.map(({ key, value }) => ({ key, value })))}>
              {t('productForm.copyAttributes')}
            </Button>
          )
        }
      />
    </Stack>
  );
}
