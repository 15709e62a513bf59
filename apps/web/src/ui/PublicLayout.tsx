import { Suspense } from 'react';
import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadingState } from './states';

/** The plain public header: Trellis and the language. */
export function PublicHeader() {
  const { t } = useTranslation();
  return (
    <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg" h={60}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" fw={800} fz="xl" underline="never" aria-label={t('layout.homeLink')}>
            Trellis
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Container>
    </Box>
  );
}

/** Header and frame of the pages anyone may open outside the showroom: sign-in, invitation. */
export function PublicLayout() {
  return (
    <Box mih="100vh">
      <PublicHeader />
      <Container size="lg" component="main" py="xl">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  );
}
