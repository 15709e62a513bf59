import { useId, useState } from 'react';
import { Button, Card, Checkbox, Collapse, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ServiceArticle_ArticleFragment } from '../gql/graphql';
import { describeError } from './errors';

graphql(`
  fragment ServiceArticle_article on SolutionArticle {
    id
    title
    body
    publishedAt
    updatedAt
    product {
      id
      sku
      name
    }
  }
`);

const ServiceArticleSuggestionsQuery = graphql(`
  query ServiceArticleSuggestions($search: String!) {
    solutionArticles(search: $search, first: 5) {
      totalCount
      edges {
        node {
          ...ServiceArticle_article
        }
      }
    }
  }
`);

const ServiceArticleChoices = graphql(`
  query ServiceArticleChoices($search: String) {
    solutionArticles(search: $search, first: 20) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/**
 * The words of a problem's description that a search should look for: the API's search wants every word
 * (the last as a prefix), so filler words ("a", "is", "to") and repeats are left out, and at most eight of
 * them are sent. Empty when nothing is left.
 */
export function suggestionWords(description: string): string {
  const words = description.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 || /\d/.test(w)))].slice(0, 8).join(' ');
}

/** An article's text as written: paragraphs and line breaks kept, never read as HTML. */
export function ServiceArticleBody({ body }: { body: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" data-testid="article-body">
      {body}
    </Text>
  );
}

/** One article, its title with a button that shows or hides its text in place. */
export function ServiceArticleCard({ article, children }: { article: ServiceArticle_ArticleFragment; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const bodyId = useId();
  return (
    <Card withBorder padding="sm" data-testid="article-card" data-article={article.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" className="break-anywhere" data-testid="article-title">
              {article.title}
            </Text>
            {article.product && (
              <Text size="xs" c="dimmed" className="break-anywhere">
                {article.product.name}
              </Text>
            )}
          </div>
          <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} aria-expanded={opened} aria-controls={bodyId} onClick={() => setOpened((o) => !o)}
            aria-label={t(opened ? 'service.hideArticleNamed' : 'service.readArticleNamed', { title: article.title })}>
            {t(opened ? 'service.hideArticle' : 'service.readArticle')}
          </Button>
        </Group>
        <Collapse expanded={opened} id={bodyId}>
          <ServiceArticleBody body={article.body} />
        </Collapse>
        {children}
      </Stack>
    </Card>
  );
}

interface SuggestionsProps {
  /** The problem as typed so far. */
  description: string;
  /** The article the user says already helped, if any. */
  linkedId: string | null;
  onLink: (articleId: string | null) => void;
}

/**
 * The brand owner's published solution articles that match the problem as it is typed (debounced): the
 * partner reads one in place and may mark the one that helped, which the case then names.
 */
export function ServiceArticleSuggestions({ description, linkedId, onLink }: SuggestionsProps) {
  const { t } = useTranslation();
  const [words] = useDebouncedValue(suggestionWords(description), 400);
  const { data, previousData, loading, error } = useQuery(ServiceArticleSuggestionsQuery, { variables: { search: words }, skip: !words });
  // While the next answer loads, the last one stays: the list does not flicker with every word.
  const shown = words ? (data ?? previousData) : undefined;
  const articles = shown?.solutionArticles.edges.map((e) => e.node) ?? [];
  let body;
  if (!words) body = <Text size="sm" c="dimmed">{t('service.suggestionsHint')}</Text>;
  else if (error) body = <Text size="sm" c="red.9">{describeError(error)}</Text>;
  else if (!shown && loading) body = <Text size="sm" c="dimmed">{t('states.loading')}</Text>;
  else if (articles.length === 0) body = <Text size="sm" c="dimmed" data-testid="no-suggestions">{t('service.noSuggestions')}</Text>;
  else
    body = (
      <Stack gap="xs" data-testid="suggestion-list">
        {articles.map((article) => (
          <ServiceArticleCard key={article.id} article={article}>
            <Checkbox size="sm" label={t('service.solvedIt')} checked={linkedId === article.id}
              onChange={(event) => onLink(event.currentTarget.checked ? article.id : null)} />
          </ServiceArticleCard>
        ))}
      </Stack>
    );
  return (
    <Card withBorder padding="md" bg="gray.0" data-testid="article-suggestions">
      <Stack gap="xs" aria-live="polite">
        <Title order={2} size="h5">
          {t('service.suggestionsTitle')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}

interface PickerProps {
  label: string;
  value: string | null;
  /** The article picked before (the case's own), shown until a search replaces the choices. */
  initial: { id: string; title: string } | null;
  onChange: (articleId: string | null) => void;
}

/** A published solution article found by the words of its title or text as the user types. */
export function ServiceArticlePicker({ label, value, initial, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(initial ? { value: initial.id, label: initial.title } : null);
  const [search, found] = useLazyQuery(ServiceArticleChoices);
  const options = (found.data?.solutionArticles.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }));
  const current = chosen && chosen.value === value ? chosen : null;
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return (
    <Select
      label={label}
      description={t('service.articlePickerHint')}
      placeholder={t('service.articlePlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(next, option) => {
        setChosen(option ?? null);
        onChange(next);
      }}
      onDropdownOpen={() => void search({ variables: { search: null } })}
      onSearchChange={(text) => {
        if (text !== current?.label) void search({ variables: { search: text.trim().slice(0, 200) || null } });
      }}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.loading ? t('states.loading') : t('service.noArticleFound')}
      error={found.error ? describeError(found.error) : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="article-picker"
    />
  );
}
