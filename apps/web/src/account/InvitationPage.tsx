import { useState } from 'react';
import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { applyServerErrors, errorCode, focusFirstError } from '../ui/errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../ui/states';
import { formatDateTime } from '../ui/format';
import { useSignedIn } from './useSignedIn';
import { checkNewPassword, MIN_PASSWORD_LENGTH } from './password';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      displayName
      email
      expiresAt
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        ...Viewer_user
      }
    }
  }
`);

export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? '';
  const signedIn = useSignedIn();
  const { data, loading, error, refetch } = useQuery(InvitationQuery, { variables: { token } });
  const [accept, accepting] = useMutation(AcceptInvitationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: checkNewPassword,
      confirm: (v, values) => (v === values.password ? null : t('validation.passwordsDiffer')),
    },
  });

  if (loading) return <LoadingState />;
  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <EmptyState
        headingOrder={1}
        title={t('invitation.invalidTitle')}
        description={t('invitation.invalidText')}
        action={<Button component={Link} to="/signin">{t('invitation.toSignIn')}</Button>}
      />
    );
  }
  if (error || !data) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await accept({ variables: { input: { token, password: values.password } } });
      if (result.data) await signedIn(result.data.acceptInvitation.user);
    } catch (err) {
      setFailure(applyServerErrors(form, err));
    }
  }, focusFirstError);

  const invitee = data.invitation;
  return (
    <Paper withBorder shadow="sm" p="xl" maw={460} mx="auto" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('invitation.greeting', { name: invitee.displayName })}
          </Title>
          <Text>{t('invitation.intro', { email: invitee.email })}</Text>
          <Text size="sm" c="dimmed">
            {t('invitation.expires', { date: formatDateTime(invitee.expiresAt, i18n.language) })}
          </Text>
          <FormAlert message={failure} title={t('invitation.failed')} />
          <PasswordInput
            label={t('invitation.password')}
            description={t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('invitation.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={accepting.loading}>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
