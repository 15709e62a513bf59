import { Suspense, useEffect, useLayoutEffect } from 'react';
import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { navFor, navLabelKey, portalOf } from './navigation';
import { ErrorState, LoadingState } from './states';
import { homeOf, useViewer } from './viewer';
import { LiveLeads, WaitingLeadsBadge } from './live';
import { NotificationBell } from './NotificationBell';
import { restartLive } from '../apollo';

/** The frame of every signed-in page; anonymous visitors are sent to sign in and brought back after. */
export default function AppLayout() {
  const { t } = useTranslation();
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  // Following a link closes the phone menu.
  useEffect(() => nav.close(), [location.pathname]);
  // Another user signed in (or nobody is): the live connection must not go on as the previous one.
  const viewerId = viewer?.id;
  useEffect(() => () => restartLive(), [viewerId]);
  const isActive = (to: string, end?: boolean) =>
    end ? location.pathname === to : location.pathname === to || location.pathname.startsWith(`${to}/`);
  // Every page has a title of its own: its section of the navigation and the portal. A page that names
  // itself (usePageTitle, a passive effect) has the last word, as it runs after this layout effect.
  const section = viewer ? navFor(viewer.role).filter((item) => isActive(item.to, item.end)).sort((a, b) => b.to.length - a.to.length)[0] : undefined;
  const sectionTitle = [section ? t(navLabelKey(section.label)) : null, t(`portal.${portalOf(location.pathname)}`), 'Trellis'].filter(Boolean).join(' · ');
  useLayoutEffect(() => {
    document.title = sectionTitle;
  }, [sectionTitle]);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  const portal = t(`portal.${portalOf(location.pathname)}`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('layout.toggleNav')}
              aria-expanded={navOpened}
            />
            <Anchor component={Link} to={homeOf(viewer.role)} fw={800} fz="lg" underline="never">
              Trellis
            </Anchor>
            <Text c="dimmed" size="sm" truncate visibleFrom="xs" data-testid="portal-name">
              {portal}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell role={viewer.role} />
            <UserMenu viewer={viewer} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('layout.mainNav')}>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed" px="sm" mb="xs">
          {portal}
        </Text>
        {navFor(viewer.role).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(navLabelKey(item.label))}
            rightSection={item.label === 'leads' ? <WaitingLeadsBadge role={viewer.role} partnerId={viewer.partner?.id ?? null} /> : undefined}
            active={isActive(item.to, item.end)}
            aria-current={isActive(item.to, item.end) ? 'page' : undefined}
          />
        ))}
        <NavLink component={Link} to="/account" label={t('nav.account')} active={isActive('/account')} />
      </AppShell.Navbar>
      <AppShell.Main>
        {viewer.role !== 'ANALYST' && <LiveLeads />}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
