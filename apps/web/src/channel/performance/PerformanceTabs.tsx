import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const TABS = [
  { to: '/channel/performance', label: 'tabDashboard', end: true },
  { to: '/channel/performance/compare', label: 'tabCompare', end: false },
  { to: '/channel/performance/signals', label: 'tabSignals', end: false },
  { to: '/channel/performance/quotas', label: 'tabQuotas', end: false },
  { to: '/channel/performance/markets', label: 'tabMarkets', end: false },
] as const;

/** The channel performance pages: dashboard, comparison, signals, quotas, territory markets. */
export function PerformanceTabs() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('performance.tabsLabel')} gap="md" wrap="wrap" data-testid="performance-tabs">
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} style={{ textDecoration: 'none' }}>
          {({ isActive }) => (
            <Anchor component="span" fw={isActive ? 700 : 500} underline={isActive ? 'always' : 'hover'}>
              {t(`performance.${tab.label}`)}
            </Anchor>
          )}
        </NavLink>
      ))}
    </Group>
  );
}
