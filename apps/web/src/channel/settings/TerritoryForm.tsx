import { Button, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TerritoryRow_TerritoryFragment } from '../../gql/graphql';
import { useSaveForm } from '../../ui/useSaveForm';
import { FormAlert } from '../../ui/states';

const CreateTerritoryMutation = graphql(`
  mutation CreateTerritory($input: TerritoryInput!) {
    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }
  }
`);
const UpdateTerritoryMutation = graphql(`
  mutation UpdateTerritory($input: UpdateTerritoryInput!) {
    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }
  }
`);

interface TerritoryValues {
  code: string;
  name: string;
  countries: string[];
  regions: string[];
  postalPrefixes: string[];
}

const upper = (values: string[]) => values.map((v) => v.trim().toUpperCase()).filter(Boolean);

export function TerritoryForm({ territory, onDone }: { territory: TerritoryRow_TerritoryFragment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [create, creating] = useMutation(CreateTerritoryMutation, { refetchQueries: ['SettingsTerritories'] });
  const [update, updating] = useMutation(UpdateTerritoryMutation);
  const form = useForm<TerritoryValues>({
    initialValues: territory
      ? { code: territory.code, name: territory.name, countries: territory.countries, regions: territory.regions, postalPrefixes: territory.postalPrefixes }
      : { code: '', name: '', countries: [], regions: [], postalPrefixes: [] },
    validate: {
      code: (v) => (/^[A-Z0-9_-]{2,20}$/.test(v.trim()) ? null : t('validation.territoryCode')),
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 100 ? null : t('validation.nameLength')),
      countries: (v) => (v.length === 0 ? t('validation.countriesRequired') : v.every((c) => /^[A-Z]{2}$/.test(c)) ? null : t('validation.country')),
      postalPrefixes: (v) => (v.every((p) => /^[0-9A-Z-]{1,10}$/.test(p)) ? null : t('validation.postalPrefixes')),
    },
  });

  const { submit, failure } = useSaveForm(form, async (v) => {
    const input = { code: v.code.trim(), name: v.name.trim(), countries: upper(v.countries), regions: v.regions, postalPrefixes: upper(v.postalPrefixes) };
    if (territory) await update({ variables: { input: { ...input, territoryId: territory.id } } });
    else await create({ variables: { input } });
  }, onDone);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('territory.code')}
            required
            data-autofocus
            {...form.getInputProps('code')}
            onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
          />
          <TextInput label={t('territory.name')} required {...form.getInputProps('name')} />
        </SimpleGrid>
        <TagsInput
          label={t('territory.countries')}
          description={t('territory.countriesHint')}
          required
          {...form.getInputProps('countries')}
          onChange={(values) => form.setFieldValue('countries', upper(values))}
        />
        <TagsInput label={t('territory.regions')} description={t('territory.tagsHint')} {...form.getInputProps('regions')} />
        <TagsInput
          label={t('territory.postalPrefixes')}
          description={t('territory.tagsHint')}
          {...form.getInputProps('postalPrefixes')}
          onChange={(values) => form.setFieldValue('postalPrefixes', upper(values))}
        />
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
