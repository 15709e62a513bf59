import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const TABS = [
  { to: '/channel/mdf', label: 'tabFunds', end: true },
  { to: '/channel/mdf/requests', label: 'tabQueue', end: false },
  { to: '/channel/mdf/ledger', label: 'tabLedger', end: false },
] as const;

/** The MDF pages of the channel portal: funds, the approval queue, the ledger. */
export function MdfTabs() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('mdf.tabsLabel')} gap="md" wrap="wrap" data-testid="mdf-tabs">
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} style={{ textDecoration: 'none' }}>
          {({ isActive }) => (
            <Anchor component="span" fw={isActive ? 700 : 500} underline={isActive ? 'always' : 'hover'}>
              {t(`mdf.${tab.label}`)}
            </Anchor>
          )}
        </NavLink>
      ))}
    </Group>
  );
}
