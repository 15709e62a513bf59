import { lazy, Suspense } from 'react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle';
import { LocationForm } from './LocationForm';
import { SearchBox } from './SearchBox';
import { useShowroom } from './useShowroom';
import { useVisitorLocation } from './visitorLocation';
import { LoadingState } from '../ui/states';

// The partner list (with its quote form and dialog) is needed once a visitor has told where they are: it
// follows then, and the front page's first load carries only the search and the location form.
const NearbyPartners = lazy(() => import('./NearbyPartners').then((module) => ({ default: module.NearbyPartners })));

/** The brand's front page: find a partner nearby, or search the whole catalog. */
export function ShowroomHome() {
  const { t } = useTranslation();
  const { showroom, base } = useShowroom();
  const navigate = useNavigate();
  const location = useVisitorLocation();
  usePageTitle(showroom.displayName);
  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('home.title', { name: showroom.displayName })}</Title>
        <Text size="lg">{showroom.welcomeText || t('home.intro')}</Text>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="catalog-search-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="catalog-search-title">
            {t('home.searchTitle')}
          </Title>
          <SearchBox value="" onSearch={(query) => navigate(query.trim() ? `${base}?q=${encodeURIComponent(query.trim())}` : base)} />
          <Anchor component={Link} to={base} size="sm">
            {t('home.browseAll')}
          </Anchor>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="locator-title">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="locator-title">
              {t('home.locatorTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('home.locatorIntro')}
            </Text>
          </div>
          <LocationForm submitLabel={t('locator.find')} />
          {location && (
            <Suspense fallback={<LoadingState />}>
              <NearbyPartners location={location} />
            </Suspense>
          )}
        </Stack>
      </Paper>
      <Text size="sm">
        {t('home.partnerQuestion')}{' '}
        {/* Underlined: a link inside a line of text (WCAG 1.4.1). */}
        <Anchor component={Link} to="/become-a-partner" underline="always" fw={600} data-testid="become-partner-link">
          {t('home.becomePartner')}
        </Anchor>
      </Text>
    </Stack>
  );
}
