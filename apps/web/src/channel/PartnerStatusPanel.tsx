import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { PartnerStatus_PartnerFragment } from '../gql/graphql';
import { describeError } from '../ui/errors';
import { ConfirmButton } from '../ui/ConfirmButton';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';
import { forgetPartnerLists } from './partnerCache';

graphql(`
  fragment PartnerStatus_partner on Partner {
    id
    name
    status
    nextStatuses
  }
`);

// One mutation per move: the API names each state change as a verb of the domain.
const StartOnboarding = graphql(`
  mutation StartPartnerOnboarding($input: PartnerTransitionInput!) {
    startPartnerOnboarding(input: $input) {
      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }
    }
  }
`);
const Activate = graphql(`
  mutation ActivatePartner($input: PartnerTransitionInput!) {
    activatePartner(input: $input) {
      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }
    }
  }
`);
const Suspend = graphql(`
  mutation SuspendPartner($input: PartnerTransitionInput!) {
    suspendPartner(input: $input) {
      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }
    }
  }
`);
const Terminate = graphql(`
  mutation TerminatePartner($input: PartnerTransitionInput!) {
    terminatePartner(input: $input) {
      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }
    }
  }
`);

/** Statuses that cut the partner's people off: they ask for confirmation and a reason. */
const DRASTIC: readonly PartnerStatus[] = ['SUSPENDED', 'TERMINATED'];

export function PartnerStatusPanel({ partner }: { partner: PartnerStatus_PartnerFragment }) {
  const { t } = useTranslation();
  const refresh = { update: forgetPartnerLists };
  const [startOnboarding, s1] = useMutation(StartOnboarding, refresh);
  const [activate, s2] = useMutation(Activate, refresh);
  const [suspend] = useMutation(Suspend, refresh);
  const [terminate] = useMutation(Terminate, refresh);
  const busy = s1.loading || s2.loading;

  async function move(target: PartnerStatus, reason: string | null): Promise<boolean> {
    const variables = { input: { partnerId: partner.id, reason } };
    try {
      if (target === 'ONBOARDING') await startOnboarding({ variables });
      else if (target === 'ACTIVE') await activate({ variables });
      else if (target === 'SUSPENDED') await suspend({ variables });
      else if (target === 'TERMINATED') await terminate({ variables });
      notifications.show({ color: 'green', message: t('partnerPage.statusChanged', { status: t(`status.${target}`) }) });
      return true;
    } catch (error) {
      // CONFLICT: someone moved the partner meanwhile; the message says so.
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(error) });
      return false;
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="status-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="status-title">
            {t('partner.status')}
          </Title>
          <PartnerStatusBadge status={partner.status} />
        </Group>
        {partner.nextStatuses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('partnerPage.finalStatus')}
          </Text>
        ) : (
          <Group gap="xs">
            {partner.nextStatuses.map((target) =>
              DRASTIC.includes(target) ? (
                <ConfirmButton
                  key={target}
                  variant="light"
                  color="red"
                  title={t(`transition.${target}`)}
                  message={t(`transition.confirm_${target as 'SUSPENDED' | 'TERMINATED'}`, { name: partner.name })}
                  confirmLabel={t(`transition.${target}`)}
                  withReason
                  onConfirm={(reason) => move(target, reason)}
                >
                  {t(`transition.${target}`)}…
                </ConfirmButton>
              ) : (
                <Button key={target} variant="light" loading={busy} onClick={() => void move(target, null)}>
                  {t(`transition.${target}`)}
                </Button>
              ),
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
