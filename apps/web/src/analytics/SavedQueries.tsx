import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, ScrollArea, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { SavedQueryRow_SavedQueryFragment } from '../gql/graphql';
import { describeError, fieldErrors } from '../ui/errors';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { formatDateTime } from '../ui/format';
import { ConfirmButton } from '../ui/ConfirmButton';

graphql(`
  fragment SavedQueryRow_savedQuery on SavedQuery {
    id
    name
    query
    variables
    updatedAt
  }
`);

const SavedQueriesQuery = graphql(`
  query SavedQueries {
    savedQueries {
      ...SavedQueryRow_savedQuery
    }
  }
`);

const SaveQueryMutation = graphql(`
  mutation SaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      savedQuery {
        ...SavedQueryRow_savedQuery
      }
    }
  }
`);

const DeleteSavedQueryMutation = graphql(`
  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {
    deleteSavedQuery(input: $input) {
      deletedSavedQueryId
    }
  }
`);

export interface EditorDocument {
  query: string;
  variables: string;
}

interface SavedQueriesProps {
  /** What the editors hold now, or null while GraphiQL is still starting. */
  current: () => EditorDocument | null;
  onOpen: (document: EditorDocument) => void;
}

/** The viewer's saved queries beside GraphiQL: open one into the editors, save the editors under a name, delete. */
export function SavedQueries({ current, onOpen }: SavedQueriesProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SavedQueriesQuery);
  const [saveQuery, saving] = useMutation(SaveQueryMutation, { refetchQueries: [SavedQueriesQuery], awaitRefetchQueries: true });
  const [deleteSavedQuery] = useMutation(DeleteSavedQueryMutation, { refetchQueries: [SavedQueriesQuery], awaitRefetchQueries: true });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const saved = data?.savedQueries ?? [];

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setNameError(null);
    const document = current();
    if (!name.trim()) return setNameError(t('workbench.nameRequired'));
    if (!document?.query.trim()) return setFailure(t('workbench.emptyEditor'));
    try {
      await saveQuery({ variables: { input: { name: name.trim(), query: document.query, variables: document.variables.trim() ? document.variables : null } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('workbench.savedNotice', { name: name.trim() }) });
      setName('');
    } catch (err) {
      const fields = fieldErrors(err);
      const named = fields.find((f) => f.field === 'name');
      if (named) setNameError(named.reason);
      else setFailure(fields.find((f) => f.field === 'query') ? t('workbench.notADocument') : describeError(err));
    }
  }

  async function remove(query: SavedQueryRow_SavedQueryFragment): Promise<boolean> {
    try {
      await deleteSavedQuery({ variables: { input: { savedQueryId: query.id } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('workbench.deletedNotice', { name: query.name }) });
      return true;
    } catch (err) {
      notifications.show({ color: 'red', closeButtonProps: { 'aria-label': t('common.close') }, title: t('states.errorTitle'), message: describeError(err) });
      return false;
    }
  }

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="saved-queries-title" h="100%">
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4" id="saved-queries-title">
          {t('workbench.savedTitle')}
        </Title>
        <form onSubmit={(event) => void save(event)} noValidate>
          <Stack gap="xs">
            <TextInput
              label={t('workbench.name')}
              description={t('workbench.nameHint')}
              maxLength={120}
              value={name}
              error={nameError}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" size="sm" loading={saving.loading}>
                {t('workbench.save')}
              </Button>
            </Group>
            {failure && (
              <Alert color="red" role="alert" p="xs">
                {failure}
              </Alert>
            )}
          </Stack>
        </form>
        {loading && !data ? (
          <LoadingState />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : saved.length === 0 ? (
          <EmptyState title={t('workbench.emptyTitle')} description={t('workbench.emptyText')} headingOrder={3} />
        ) : (
          <ScrollArea.Autosize mah={{ base: 240, md: 480 }} type="auto" offsetScrollbars>
            <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('workbench.savedTitle')}>
              {saved.map((query) => (
                <Group component="li" key={query.id} gap="xs" wrap="nowrap" justify="space-between">
                  <UnstyledButton
                    onClick={() => onOpen({ query: query.query, variables: query.variables ?? '' })}
                    aria-label={t('workbench.openNamed', { name: query.name })}
                    style={{ minWidth: 0, flex: 1 }}
                    p={4}
                  >
                    <Text size="sm" fw={600} truncate>
                      {query.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(query.updatedAt, i18n.language)}
                    </Text>
                  </UnstyledButton>
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    color="red.9"
                    aria-label={t('workbench.deleteNamed', { name: query.name })}
                    title={t('workbench.deleteNamed', { name: query.name })}
                    message={t('workbench.deleteConfirm', { name: query.name })}
                    confirmLabel={t('workbench.delete')}
                    onConfirm={() => remove(query)}
                  >
                    {t('workbench.delete')}
                  </ConfirmButton>
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
