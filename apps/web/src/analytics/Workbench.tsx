import { useState } from 'react';
import { Alert, Button, Code, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const EXAMPLE_QUERY = `query PartnersByStatus($first: Int!, $filter: PartnerFilter) {
  partners(first: $first, filter: $filter) {
    totalCount
    edges {
      node { code name kind status country tier { name } }
    }
  }
}`;
const EXAMPLE_VARIABLES = `{
  "first": 10,
  "filter": { "statuses": ["ACTIVE"] }
}`;

interface RunResult {
  status: number;
  ms: number;
  body: string;
}

/**
 * Sends the analyst's own query to /graphql with the session cookie, exactly as typed: Apollo's cache and
 * typed documents are for the SPA's own operations, not for free-form ones.
 */
export function Workbench() {
  const { t } = useTranslation();
  const [query, setQuery] = useState(EXAMPLE_QUERY);
  const [variables, setVariables] = useState(EXAMPLE_VARIABLES);
  const [variablesError, setVariablesError] = useState<string | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  async function run() {
    setFailure(null);
    let parsed: unknown = undefined;
    if (variables.trim()) {
      try {
        parsed = JSON.parse(variables);
      } catch {
        setVariablesError(t('workbench.badJson'));
        return;
      }
    }
    setVariablesError(null);
    setRunning(true);
    const started = performance.now();
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: parsed }),
      });
      const text = await response.text();
      let body = text;
      try {
        body = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON (e.g. a proxy's error page): show it as it came.
      }
      setResult({ status: response.status, ms: Math.round(performance.now() - started), body });
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setRunning(false);
    }
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('workbench.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label={t('workbench.query')}
          autosize
          minRows={10}
          maxRows={24}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Textarea
          label={t('workbench.variables')}
          autosize
          minRows={10}
          maxRows={24}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          value={variables}
          error={variablesError}
          onChange={(event) => setVariables(event.currentTarget.value)}
        />
      </SimpleGrid>
      <Group>
        <Button onClick={() => void run()} loading={running} disabled={!query.trim()}>
          {t('workbench.run')}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {result && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm" c="dimmed">
            {t('workbench.status', { status: result.status, ms: result.ms })}
          </Text>
          {/* A scrolling region: keyboard users reach it (and scroll it) with Tab. */}
          <Code block style={{ maxHeight: 480, overflow: 'auto' }} data-testid="workbench-result" tabIndex={0} role="region" aria-label={t('workbench.result')}>
            {result.body}
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
