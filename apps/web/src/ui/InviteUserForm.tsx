import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@trellis/schema';
import { graphql } from '../gql';
import type { InvitePartnerUserMutation } from '../gql/graphql';
import { applyServerErrors, focusFirstError } from './errors';
import { FormAlert } from './states';

const InvitePartnerUserMutation = graphql(`
  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {
    invitePartnerUser(input: $input) {
      invitationUrl
      expiresAt
      user {
        ...StaffMember_user
        partner {
          id
          users {
            ...StaffMember_user
          }
        }
      }
    }
  }
`);

interface Props {
  partnerId: string;
  roles: Role[];
  onInvited: (result: InvitePartnerUserMutation['invitePartnerUser']) => void;
  onCancel: () => void;
}

export function InviteUserForm({ partnerId, roles, onInvited, onCancel }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  // Returning the partner's users through the new user updates every list of them in the cache.
  const [invite, { loading }] = useMutation(InvitePartnerUserMutation);
  const form = useForm({
    initialValues: { email: '', displayName: '', role: roles[roles.length - 1] ?? null },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      displayName: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      role: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit(async ({ email, displayName, role }) => {
    setFailure(null);
    try {
      const { data } = await invite({
        variables: { input: { partnerId, email: email.trim(), displayName: displayName.trim(), role: role as Role } },
      });
      if (data) onInvited(data.invitePartnerUser);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('invite.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
        <TextInput label={t('invite.displayName')} required {...form.getInputProps('displayName')} />
        {roles.length > 1 && (
          <Select
            label={t('invite.role')}
            required
            allowDeselect={false}
            data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            {...form.getInputProps('role')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
