import type { ReactNode } from 'react';
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AttributeValues, ProductValues } from './ProductForm';

interface Props {
  form: UseFormReturnType<ProductValues>;
  /** Where the rows are in the form's values: the product's own, or one translation's. */
  path: string;
  rows: readonly AttributeValues[];
  legend: string;
  /** Said while there are no rows. */
  empty: string;
  /** More actions, beside "Add attribute". */
  actions?: ReactNode;
  /** Unstyled inside another frame: no second border eating a phone's width. */
  variant?: 'default' | 'unstyled';
}

/** Free key/value attributes, one row each, added and removed at will. */
export function AttributeRows({ form, path, rows, legend, empty, actions, variant }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} variant={variant}>
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {rows.map((_, i) => (
          <Group key={form.key(`${path}.${i}`)} gap="xs" align="flex-start" wrap="nowrap" data-testid="attribute-row">
            <TextInput label={t('productForm.attributeKey')} style={{ flex: 1, minWidth: 0 }} maxLength={60} {...form.getInputProps(`${path}.${i}.key`)} />
            <TextInput label={t('productForm.attributeValue')} style={{ flex: 2, minWidth: 0 }} maxLength={200} {...form.getInputProps(`${path}.${i}.value`)} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={25}
              onClick={() => form.removeListItem(path, i)}
              aria-label={t('productForm.removeAttribute', { n: i + 1 })}
            >
              <span aria-hidden>×</span>
            </ActionIcon>
          </Group>
        ))}
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => form.insertListItem(path, { key: '', value: '' })}>
            {t('productForm.addAttribute')}
          </Button>
          {actions}
        </Group>
      </Stack>
    </Fieldset>
  );
}
