import { Anchor, Breadcrumbs, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { ServiceCaseDetail_ServiceCaseFragment } from '../gql/graphql';
import { errorCode } from './errors';
import { formatDateTime } from './format';
import { ErrorState, LoadingState, NotFoundState } from './states';
import { ServiceSeverityBadge, ServiceStatusBadge } from './ServiceBadges';
import { ServiceCaseActions } from './ServiceCaseActions';
import { ServiceArticleCard } from './ServiceArticles';
import { ServiceAttachments } from './ServiceAttachments';
import { ServiceTimeline } from './ServiceTimeline';
import { PARTNER_ROLES, useViewer } from './viewer';
import { durationParts } from './serviceMoves';
import { usePageTitle } from './usePageTitle';

graphql(`
  fragment ServiceCaseDetail_serviceCase on ServiceCase {
    id
    number
    status
    severity
    serialNumber
    customerName
    customerEmail
    customerPhone
    description
    satisfaction
    openedAt
    statusChangedAt
    firstResponseAt
    resolvedAt
    closedAt
    partner {
      id
      name
    }
    product {
      id
      sku
      name
    }
    openedBy {
      id
      displayName
    }
    solutionArticle {
      ...ServiceArticle_article
    }
    attachments {
      id
      fileName
      contentType
      byteSize
      addedAt
      url
    }
    events {
      id
      action
      fromStatus
      toStatus
      note
      at
    }
  }
`);

const ServiceCaseDetailQuery = graphql(`
  query ServiceCaseDetail($id: ID!) {
    serviceCase(id: $id) {
      ...ServiceCaseDetail_serviceCase
    }
  }
`);

type ServiceCase = ServiceCaseDetail_ServiceCaseFragment;

/** A label and its value, in a card's list of facts. */
function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" className="break-anywhere" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** "2 d 4 h", "3 h 5 min", "12 min"; "not yet" while the span has not ended. */
function useDuration() {
  const { t } = useTranslation();
  return (from: string, to: string | null): string => {
    const parts = durationParts(from, to);
    if (!parts) return t('service.notYet');
    if (parts.days > 0) return t('service.duration.days', { days: parts.days, hours: parts.hours });
    if (parts.hours > 0) return t('service.duration.hours', { hours: parts.hours, minutes: parts.minutes });
    if (parts.minutes > 0) return t('service.duration.minutes', { minutes: parts.minutes });
    return t('service.duration.underMinute');
  };
}

function Facts({ serviceCase: c }: { serviceCase: ServiceCase }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  return (
    <Card withBorder padding="md" data-testid="service-facts">
      <Title order={2} size="h4" mb="sm">
        {t('service.problemTitle')}
      </Title>
      <Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" data-testid="service-description">
          {c.description}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Fact label={t('service.product')} testId="service-product">
            {c.product ? `${c.product.name} (${c.product.sku})` : t('service.noProduct')}
          </Fact>
          <Fact label={t('service.serialNumber')} testId="service-serial">{c.serialNumber ?? '—'}</Fact>
          <Fact label={t('service.firstResponseTime')} testId="service-first-response">{duration(c.openedAt, c.firstResponseAt)}</Fact>
          <Fact label={t('service.resolutionTime')} testId="service-resolution">{duration(c.openedAt, c.resolvedAt)}</Fact>
          {c.closedAt && <Fact label={t('service.closedAt')}>{formatDateTime(c.closedAt, i18n.language)}</Fact>}
          {c.status === 'CLOSED' && (
            <Fact label={t('service.satisfaction')} testId="service-satisfaction">
              {c.satisfaction ? t('service.satisfactionOf', { score: c.satisfaction }) : t('service.satisfactionNotGiven')}
            </Fact>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Customer({ serviceCase: c }: { serviceCase: ServiceCase }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="service-customer">
      <Title order={2} size="h4" mb="sm">
        {t('service.customerTitle')}
      </Title>
      <Stack gap={4}>
        <Text size="sm" fw={600} className="break-anywhere">
          {c.customerName}
        </Text>
        {c.customerEmail && (
          <Anchor href={`mailto:${c.customerEmail}`} size="sm" className="break-anywhere">
            {c.customerEmail}
          </Anchor>
        )}
        {c.customerPhone && (
          <Anchor href={`tel:${c.customerPhone.replace(/[^+\d]/g, '')}`} size="sm">
            {c.customerPhone}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

function Solution({ serviceCase: c }: { serviceCase: ServiceCase }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="service-solution">
      <Title order={2} size="h4" mb="sm">
        {t('service.solutionTitle')}
      </Title>
      {c.solutionArticle ? (
        <ServiceArticleCard article={c.solutionArticle} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('service.noSolution')}
        </Text>
      )}
    </Card>
  );
}

function CaseBody({ serviceCase: c, listPath, showPartner }: { serviceCase: ServiceCase; listPath: string; showPartner: boolean }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('service.pageTitle', { number: c.number }), 'Trellis');
  const opened = formatDateTime(c.openedAt, i18n.language);
  const { viewer } = useViewer();
  // The partner's people add files until the case is closed; brand staff read them.
  const canAddFiles = viewer !== null && PARTNER_ROLES.includes(viewer.role) && c.status !== 'CLOSED';
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={listPath}>
          {t('service.title')}
        </Anchor>
        <span>{c.number}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} className="break-anywhere" data-testid="service-title">
            {t('service.pageTitle', { number: c.number })}
          </Title>
          {showPartner && c.partner && (
            <Text c="dimmed" size="sm" data-testid="service-partner">
              {c.partner.name}
            </Text>
          )}
          <Text c="dimmed" size="sm" data-testid="service-opened">
            {c.openedBy ? t('service.openedBy', { date: opened, name: c.openedBy.displayName }) : t('service.openedOn', { date: opened })}
          </Text>
        </div>
        <Group gap="xs">
          <ServiceSeverityBadge severity={c.severity} />
          <ServiceStatusBadge status={c.status} size="lg" />
        </Group>
      </Group>
      <ServiceCaseActions serviceCase={c} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Facts serviceCase={c} />
            <Solution serviceCase={c} />
            <ServiceAttachments serviceCase={c} canAdd={canAddFiles} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Customer serviceCase={c} />
            <ServiceTimeline events={c.events} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** One service case, for the partner's people (with the moves its status allows) and for brand staff (read only). */
export function ServiceCaseDetail({ listPath, showPartner }: { listPath: string; showPartner: boolean }) {
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(ServiceCaseDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  // An id that is not even well-formed (a mistyped address) is as missing as one that names nothing.
  if (!data && errorCode(error) === 'BAD_USER_INPUT') return <NotFoundState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <CaseBody serviceCase={data.serviceCase} listPath={listPath} showPartner={showPartner} />;
}
