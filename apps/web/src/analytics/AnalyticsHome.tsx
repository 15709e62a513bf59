import { lazy, Suspense } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PartnerList } from '../channel/PartnerList';
import { LoadingState } from '../ui/states';

// GraphiQL and Monaco (a few MB) are a chunk of their own, fetched when the workbench tab opens: never by the
// partners tab, the other portals or the public pages (e2e/first-load.e2e.test.ts).
const Workbench = lazy(() => import('./Workbench'));

/** Read-only partners and a GraphQL workbench; the tab lives in the address (?tab=workbench). */
export function AnalyticsHome() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'workbench' ? 'workbench' : 'partners';
  return (
    <Stack>
      <Title order={1}>{t('analytics.title')}</Title>
      <Text c="dimmed">{t('analytics.intro')}</Text>
      <Tabs value={tab} onChange={(value) => setParams(value === 'workbench' ? { tab: 'workbench' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="partners">{t('analytics.partnersTab')}</Tabs.Tab>
          <Tabs.Tab value="workbench">{t('analytics.workbenchTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="partners" pt="md">
          <PartnerList hrefFor={(id) => `/analytics/partners/${id}`} />
        </Tabs.Panel>
        <Tabs.Panel value="workbench" pt="md">
          <Suspense fallback={<LoadingState />}>
            <Workbench />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
