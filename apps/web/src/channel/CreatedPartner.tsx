import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatePartnerMutation } from '../gql/graphql';
import { CopyField } from '../ui/CopyField';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';

interface Props {
  result: CreatePartnerMutation['createPartner'];
  onAnother: () => void;
}

/** What the new partner looks like, and the first manager's invitation link, shown this once. */
export function CreatedPartner({ result, onAnother }: Props) {
  const { t } = useTranslation();
  const { partner, firstManagerInvitation: invitation } = result;
  return (
    <Stack>
      <Paper withBorder p="lg" role="status" data-testid="created-partner">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700} size="lg">
              {partner.name}
            </Text>
            <Text size="sm" c="dimmed">
              {partner.code} · {t(`kind.${partner.kind}`)} · {partner.city}, {partner.country}
            </Text>
          </div>
          <PartnerStatusBadge status={partner.status} />
        </Group>
      </Paper>
      {invitation && (
        <Alert color="blue" title={t('invite.linkTitle', { name: invitation.user.displayName })}>
          <Stack gap="sm">
            <Text size="sm">{t('invite.linkOnce', { email: invitation.user.email })}</Text>
            <CopyField label={t('invite.link')} value={invitation.invitationUrl} testId="invitation-link" />
          </Stack>
        </Alert>
      )}
      <Group>
        <Button component={Link} to={`/channel/partners/${partner.id}`}>
          {t('newPartner.open')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('newPartner.another')}
        </Button>
      </Group>
    </Stack>
  );
}
