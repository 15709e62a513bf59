import { useState } from 'react';
import { Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { useSignedIn } from './useSignedIn';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        ...Viewer_user
      }
    }
  }
`);

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const signedIn = useSignedIn();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (data) await signedIn(data.signIn.user, params.get('next'));
    } catch (error) {
      // Wrong credentials and LIMIT_EXCEEDED both come with a message meant for the user.
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <Paper withBorder shadow="sm" p="xl" maw={420} mx="auto" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <FormAlert message={failure} title={t('signIn.failed')} />
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
