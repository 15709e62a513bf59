import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { CopyField } from '../ui/CopyField';
import { FormAlert } from '../ui/states';

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenRow_apiToken
      }
    }
  }
`);

/** Creates a token and shows its secret this once. */
export function CreateApiTokenForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateApiTokenMutation, {
    update(cache) {
      cache.evict({ fieldName: 'myApiTokens' });
      cache.gc();
    },
  });
  const form = useForm<{ name: string; expiresInDays: number | string }>({
    initialValues: { name: '', expiresInDays: '' },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });

  if (secret) {
    return (
      <Stack>
        <Alert color="yellow" title={t('tokens.secretTitle')} role="status">
          {t('tokens.secretWarning')}
        </Alert>
        <CopyField label={t('tokens.secret')} value={secret} testId="api-token-secret" />
        <Group>
          <Button onClick={onDone}>{t('common.done')}</Button>
        </Group>
      </Stack>
    );
  }

  const submit = form.onSubmit(async ({ name, expiresInDays }) => {
    setFailure(null);
    try {
      const days = typeof expiresInDays === 'number' ? expiresInDays : null;
      const { data } = await create({ variables: { input: { name: name.trim(), expiresInDays: days } } });
      if (data) setSecret(data.createApiToken.token);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('tokens.name')} required data-autofocus {...form.getInputProps('name')} />
        <NumberInput
          label={t('tokens.expiresInDays')}
          description={t('tokens.expiresHint')}
          min={1}
          max={3650}
          allowDecimal={false}
          {...form.getInputProps('expiresInDays')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
