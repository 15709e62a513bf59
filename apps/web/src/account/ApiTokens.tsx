import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ApiTokenRow_ApiTokenFragment } from '../gql/graphql';
import { describeError } from '../ui/errors';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { formatDateTime } from '../ui/format';
import { ConfirmButton } from '../ui/ConfirmButton';
import { CreateApiTokenForm } from './CreateApiTokenForm';

graphql(`
  fragment ApiTokenRow_apiToken on ApiToken {
    id
    name
    tokenPrefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenRow_apiToken
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenRow_apiToken
      }
    }
  }
`);

function TokenState({ token }: { token: ApiTokenRow_ApiTokenFragment }) {
  const { t } = useTranslation();
  if (token.revokedAt) return <Badge color="gray" variant="light" miw="max-content">{t('tokens.revoked')}</Badge>;
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return <Badge color="orange" variant="light" miw="max-content">{t('tokens.expired')}</Badge>;
  return <Badge color="green" variant="light" miw="max-content">{t('tokens.active')}</Badge>;
}

export function ApiTokens() {
  const { t, i18n } = useTranslation();
  const [creating, createModal] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(MyApiTokensQuery);
  const [revoke] = useMutation(RevokeApiTokenMutation);

  async function handleRevoke(token: ApiTokenRow_ApiTokenFragment): Promise<boolean> {
    try {
      await revoke({ variables: { input: { apiTokenId: token.id } } });
      notifications.show({ color: 'green', message: t('tokens.revokedNotice', { name: token.name }) });
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(err) });
      return false;
    }
  }

  const date = (value: string | null | undefined) => (value ? formatDateTime(value, i18n.language) : '—');
  const tokens = data?.myApiTokens ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="api-tokens-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="api-tokens-title">
            {t('tokens.title')}
          </Title>
          <Button onClick={createModal.open}>{t('tokens.new')}</Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('tokens.intro')}
        </Text>
        {loading && !data ? (
          <LoadingState />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : tokens.length === 0 ? (
          <EmptyState title={t('tokens.emptyTitle')} description={t('tokens.emptyText')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.name')}</Table.Th>
                  <Table.Th>{t('tokens.prefix')}</Table.Th>
                  <Table.Th>{t('tokens.state')}</Table.Th>
                  <Table.Th>{t('tokens.created')}</Table.Th>
                  <Table.Th>{t('tokens.expires')}</Table.Th>
                  <Table.Th>{t('tokens.lastUsed')}</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>{t('common.actions')}</Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Text span ff="monospace" size="sm">{token.tokenPrefix}…</Text>
                    </Table.Td>
                    <Table.Td><TokenState token={token} /></Table.Td>
                    <Table.Td>{date(token.createdAt)}</Table.Td>
                    <Table.Td>{token.expiresAt ? date(token.expiresAt) : t('tokens.never')}</Table.Td>
                    <Table.Td>{date(token.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <ConfirmButton
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('tokens.revokeNamed', { name: token.name })}
                          title={t('tokens.revokeNamed', { name: token.name })}
                          message={t('tokens.revokeConfirm', { name: token.name })}
                          confirmLabel={t('tokens.revoke')}
                          onConfirm={() => handleRevoke(token)}
                        >
                          {t('tokens.revoke')}
                        </ConfirmButton>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal opened={creating} onClose={createModal.close} title={t('tokens.new')}>
        {creating && <CreateApiTokenForm onDone={createModal.close} />}
      </Modal>
    </Paper>
  );
}
