import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { ServiceArticle_ArticleFragment } from '../../gql/graphql';
import { errorCode } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { ServiceProductSelect } from '../../ui/ServiceProductSelect';
import { ErrorState, FormAlert, LoadingState, NotFoundState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSaveForm } from '../../ui/useSaveForm';
import { ArticleStateBadge } from './SolutionArticlesPage';

const SolutionArticleQuery = graphql(`
  query SolutionArticleEdit($id: ID!) {
    solutionArticle(id: $id) {
      ...ServiceArticle_article
    }
  }
`);

const SaveSolutionArticle = graphql(`
  mutation SaveSolutionArticle($input: SaveSolutionArticleInput!) {
    saveSolutionArticle(input: $input) {
      article {
        ...ServiceArticle_article
      }
    }
  }
`);

interface Values {
  title: string;
  body: string;
  productId: string | null;
  published: boolean;
}

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title, t('service.articlesTitle'), 'Trellis');
  return (
    <Stack maw={860}>
      <Breadcrumbs>
        <Anchor component={Link} to="/channel/solutions">
          {t('service.articlesTitle')}
        </Anchor>
        <span className="break-anywhere">{title}</span>
      </Breadcrumbs>
      <Title order={1} className="break-anywhere" data-testid="article-heading">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Title, text, the product it is about (if one) and whether partners may read it; a new article without `article`. */
function ArticleForm({ article }: { article: ServiceArticle_ArticleFragment | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [save, saving] = useMutation(SaveSolutionArticle);
  const form = useForm<Values>({
    initialValues: { title: article?.title ?? '', body: article?.body ?? '', productId: article?.product?.id ?? null, published: Boolean(article?.publishedAt) },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('service.atLeast3')),
      body: (v) => (v.trim().length >= 3 ? null : t('service.atLeast3')),
    },
  });
  const { submit, failure } = useSaveForm(
    form,
    async (v) => {
      const result = await save({ variables: { input: { id: article?.id ?? null, title: v.title.trim(), body: v.body.trim(), productId: v.productId, published: v.published } } });
      const saved = result.data?.saveSolutionArticle.article;
      if (!saved) throw new Error('saveSolutionArticle answered no article');
      // A new article gets its own address: saving again there changes it rather than writing another.
      if (!article) void navigate(`/channel/solutions/${saved.id}`, { replace: true });
      else form.resetDirty();
    },
    () => undefined,
  );
  return (
    <form onSubmit={submit} noValidate data-testid="article-form">
      <Stack>
        <FormAlert message={failure} />
        <TextInput label={t('service.articleTitle')} required maxLength={200} {...form.getInputProps('title')} />
        <Textarea label={t('service.articleBody')} description={t('service.articleBodyHint')} required maxLength={20000} autosize minRows={8} maxRows={30}
          {...form.getInputProps('body')} />
        <ServiceProductSelect label={t('service.product')} description={t('service.articleProductHint')} value={form.getValues().productId}
          onChange={(id) => form.setFieldValue('productId', id)} error={form.errors.productId as string | undefined} />
        <Switch label={t('service.publishedSwitch')} description={t('service.publishedHint')} {...form.getInputProps('published', { type: 'checkbox' })}
          data-testid="article-published" />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to="/channel/solutions">
            {t('service.backToArticles')}
          </Button>
          <Button type="submit" loading={saving.loading} data-testid="save-article">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewSolutionArticlePage() {
  const { t } = useTranslation();
  return (
    <Frame title={t('service.newArticle')}>
      <Paper withBorder p="md">
        <ArticleForm article={null} />
      </Paper>
    </Frame>
  );
}

export function SolutionArticleEditPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(SolutionArticleQuery, { variables: { id } });
  if (!data && loading) return <LoadingState />;
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const article = data.solutionArticle;
  return (
    <Frame title={article.title}>
      <Group gap="xs">
        <ArticleStateBadge published={Boolean(article.publishedAt)} />
        <Text size="sm" c="dimmed">
          {article.publishedAt
            ? t('service.publishedOn', { date: formatDateTime(article.publishedAt, i18n.language) })
            : t('service.draftHint')}
        </Text>
      </Group>
      <Paper withBorder p="md">
        {/* The key: the form starts from the article as saved when it changes elsewhere. */}
        <ArticleForm key={article.updatedAt} article={article} />
      </Paper>
    </Frame>
  );
}
