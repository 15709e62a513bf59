import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { PartnerRow_PartnerFragment } from '../gql/graphql';
import { PartnerStatusBadge } from '../ui/PartnerStatusBadge';

graphql(`
  fragment PartnerRow_partner on Partner {
    id
    code
    name
    kind
    status
    city
    country
    taxId
    tier {
      id
      name
    }
    parent {
      id
      name
    }
  }
`);

interface RowProps {
  partner: PartnerRow_PartnerFragment;
  href: string;
}

/** A table row on wide screens; the name is the link, and a click anywhere on the row follows it. */
export function PartnerTableRow({ partner, href }: RowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.Tr data-testid="partner-row" style={{ cursor: 'pointer' }} onClick={() => navigate(href)}>
      <Table.Td>
        <Text span ff="monospace" size="sm">
          {partner.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={href} fw={600} onClick={(event) => event.stopPropagation()}>
          {partner.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`kind.${partner.kind}`)}</Table.Td>
      <Table.Td>
        <PartnerStatusBadge status={partner.status} />
      </Table.Td>
      <Table.Td>{partner.tier?.name ?? '—'}</Table.Td>
      <Table.Td>
        {partner.city}, {partner.country}
      </Table.Td>
      <Table.Td>{partner.parent?.name ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

/** The same partner as a card, for narrow screens. */
export function PartnerCardRow({ partner, href }: RowProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li" data-testid="partner-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={href} fw={600} className="break-anywhere">
            {partner.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            <Text span ff="monospace" size="xs">
              {partner.code}
            </Text>{' '}
            · {t(`kind.${partner.kind}`)}
            {partner.tier ? ` · ${partner.tier.name}` : ''}
          </Text>
          <Text size="sm">
            {partner.city}, {partner.country}
          </Text>
          {partner.parent && (
            <Text size="xs" c="dimmed">
              {t('partner.parent')}: {partner.parent.name}
            </Text>
          )}
        </Stack>
        <PartnerStatusBadge status={partner.status} />
      </Group>
    </Card>
  );
}
