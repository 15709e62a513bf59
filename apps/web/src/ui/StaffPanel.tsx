import { useState } from 'react';
import { Alert, Badge, Button, CloseButton, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus, Role } from '@trellis/schema';
import { graphql } from '../gql';
import type { InvitePartnerUserMutation, StaffMember_UserFragment } from '../gql/graphql';
import { ConfirmButton } from './ConfirmButton';
import { CopyField } from './CopyField';
import { describeError } from './errors';
import { EmptyState } from './states';
import { InviteUserForm } from './InviteUserForm';

graphql(`
  fragment StaffMember_user on User {
    id
    displayName
    email
    role
    active
    invited
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        ...StaffMember_user
      }
    }
  }
`);

type Invitation = InvitePartnerUserMutation['invitePartnerUser'];

function MemberState({ user }: { user: StaffMember_UserFragment }) {
  const { t } = useTranslation();
  const [color, label] = !user.active
    ? ['gray', t('staff.deactivated')]
    : user.invited
      ? ['blue', t('staff.invited')]
      : ['green', t('staff.active')];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}

interface StaffPanelProps {
  partnerId: string;
  partnerStatus: PartnerStatus;
  users: StaffMember_UserFragment[];
  /** Roles the viewer may invite here; none hides "Invite user". */
  invitableRoles: Role[];
  canDeactivate: (user: StaffMember_UserFragment) => boolean;
  /** Called after an invitation or deactivation, e.g. to refresh a history shown beside. */
  onChanged?: () => void;
}

/** A partner's people: who they are, inviting more (the link is shown once) and deactivating. */
export function StaffPanel({ partnerId, partnerStatus, users, invitableRoles, canDeactivate, onChanged }: StaffPanelProps) {
  const { t } = useTranslation();
  const [inviting, inviteModal] = useDisclosure(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [deactivate] = useMutation(DeactivateUserMutation);
  const locked = partnerStatus === 'SUSPENDED' || partnerStatus === 'TERMINATED';

  async function handleDeactivate(user: StaffMember_UserFragment): Promise<boolean> {
    try {
      await deactivate({ variables: { input: { userId: user.id } } });
      notifications.show({ color: 'green', message: t('staff.deactivatedNotice', { name: user.displayName }) });
      onChanged?.();
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(error) });
      return false;
    }
  }

  function handleInvited(result: Invitation) {
    inviteModal.close();
    setInvitation(result);
    onChanged?.();
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="staff-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="staff-title">
            {t('staff.title')}
          </Title>
          {invitableRoles.length > 0 && (
            <Button size="xs" onClick={inviteModal.open} disabled={locked} title={locked ? t('staff.lockedHint') : undefined}>
              {t('staff.invite')}
            </Button>
          )}
        </Group>
        {invitation && (
          <Alert color="blue" title={t('invite.linkTitle', { name: invitation.user.displayName })} withCloseButton={false}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm">{t('invite.linkOnce', { email: invitation.user.email })}</Text>
                <CopyField label={t('invite.link')} value={invitation.invitationUrl} testId="invitation-link" />
              </Stack>
              <CloseButton aria-label={t('invite.dismiss')} onClick={() => setInvitation(null)} />
            </Group>
          </Alert>
        )}
        {users.length === 0 ? (
          <EmptyState title={t('staff.empty')} />
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="staff-list">
            {users.map((user) => (
              <Group key={user.id} component="li" justify="space-between" wrap="wrap" gap="xs" data-testid="staff-member">
                <div style={{ flex: '1 1 12rem', minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" className="break-anywhere">
                    {user.email} · {t(`role.${user.role}`)}
                  </Text>
                </div>
                <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                  <MemberState user={user} />
                  {user.active && canDeactivate(user) && (
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('staff.deactivateNamed', { name: user.displayName })}
                      title={t('staff.deactivateNamed', { name: user.displayName })}
                      message={t('staff.deactivateConfirm', { name: user.displayName })}
                      confirmLabel={t('staff.deactivate')}
                      onConfirm={() => handleDeactivate(user)}
                    >
                      {t('staff.deactivate')}
                    </ConfirmButton>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={inviting} onClose={inviteModal.close} title={t('staff.invite')}>
        {inviting && <InviteUserForm partnerId={partnerId} roles={invitableRoles} onInvited={handleInvited} onCancel={inviteModal.close} />}
      </Modal>
    </Paper>
  );
}
