import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { TierLadderPage } from './TierLadderPage';
import { TierProposalsPage } from './TierProposalsPage';

/** The two tier pages' own navigation: the ladder and the proposals queue. */
function TierTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const tabs = [
    { to: '/channel/tiers', label: t('tiers.ladderTab'), end: true },
    { to: '/channel/tiers/proposals', label: t('tiers.proposalsTab'), end: false },
  ];
  return (
    <nav aria-label={t('tiers.tabsLabel')}>
      <Group gap="md" wrap="wrap">
        {tabs.map((tab) => (
          <Button
            key={tab.to}
            component={Link}
            to={tab.to}
            size="xs"
            variant={(tab.end ? pathname.replace(/\/$/, '') === tab.to : pathname.startsWith(tab.to)) ? 'filled' : 'light'}
            aria-current={(tab.end ? pathname.replace(/\/$/, '') === tab.to : pathname.startsWith(tab.to)) ? 'page' : undefined}
          >
            {tab.label}
          </Button>
        ))}
      </Group>
    </nav>
  );
}

/** /channel/tiers: the tier ladder (criteria, program settings, evaluation) and /channel/tiers/proposals. */
export default function TierRoutes() {
  const { t } = useTranslation();
  return (
    <Stack>
      <div>
        <Title order={1}>{t('tiers.title')}</Title>
        <Text c="dimmed">{t('tiers.intro')}</Text>
      </div>
      <TierTabs />
      <Routes>
        <Route index element={<TierLadderPage />} />
        <Route path="proposals" element={<TierProposalsPage />} />
        <Route path="*" element={<NotFoundState />} />
      </Routes>
    </Stack>
  );
}
