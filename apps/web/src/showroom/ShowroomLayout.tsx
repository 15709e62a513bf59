import { Suspense, useLayoutEffect } from 'react';
import { Alert, Anchor, Box, Button, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { usePublicQuery } from '../publicClient';
import type { ShowroomFrame_ShowroomFragment } from '../gql/graphql';
import { ErrorState, LoadingState } from '../ui/states';
import { PublicHeader } from '../ui/PublicLayout';
import { captureOciParams, leaveOciMode, useOciSession } from './oci';
import { ShowroomHeader } from './ShowroomHeader';
import { accentVariables } from './accent';
import { ShowroomFrameQuery } from './showroomQueries';
import type { ShowroomContext } from './useShowroom';

function OciBanner() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" radius={0} py="xs" role="region" aria-label={t('oci.banner')} data-testid="oci-banner">
      <Container size="lg" px={0}>
        <Group justify="space-between" gap="xs">
          <div>
            <Text fw={700} size="sm">{t('oci.banner')}</Text>
            <Text size="sm">{t('oci.bannerText')}</Text>
          </div>
          <Button size="xs" variant="default" onClick={leaveOciMode}>
            {t('oci.leave')}
          </Button>
        </Group>
      </Container>
    </Alert>
  );
}

function ShowroomFooter({ showroom }: { showroom: ShowroomFrame_ShowroomFragment }) {
  const { t } = useTranslation();
  const contact = [showroom.contactEmail, showroom.contactPhone].filter(Boolean);
  return (
    <Box component="footer" py="lg" mt="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} bg="white">
      <Container size="lg">
        <Stack gap={4}>
          <Text fw={700} size="sm">{showroom.displayName}</Text>
          {showroom.partner && (
            <Text size="sm" c="dimmed">
              {[showroom.partner.postalCode, showroom.partner.city].filter(Boolean).join(' ')}, {showroom.partner.country}
            </Text>
          )}
          {contact.length > 0 && (
            <Text size="sm">
              {t('showroom.contact')}{' '}
              {/* Links inside a line of text are underlined: colour alone does not tell them apart (WCAG 1.4.1). */}
              {showroom.contactEmail && <Anchor href={`mailto:${showroom.contactEmail}`} underline="always">{showroom.contactEmail}</Anchor>}
              {showroom.contactEmail && showroom.contactPhone && ' · '}
              {showroom.contactPhone && <Anchor href={`tel:${showroom.contactPhone.replace(/[^+\d]/g, '')}`} underline="always">{showroom.contactPhone}</Anchor>}
            </Text>
          )}
          {/* The brand's own showroom recruits partners; a partner's showroom does not. */}
          {!showroom.partner && (
            <Anchor component={Link} to="/become-a-partner" size="sm" underline="always" style={{ alignSelf: 'flex-start' }}>
              {t('home.becomePartner')}
            </Anchor>
          )}
        </Stack>
      </Container>
    </Box>
  );
}

/**
 * The frame of a public showroom (the brand owner's at / and /s/brand, a partner's at /s/<slug>): its
 * colours and name, the basket, OCI mode when a purchasing system opened it.
 */
export function ShowroomLayout() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? 'brand';
  const location = useLocation();
  const oci = useOciSession();
  // Before paint, so that the banner and "Transfer to shop" show from the first frame.
  useLayoutEffect(() => captureOciParams(location.search), [location.search]);
  const { data, error, refetch } = usePublicQuery(ShowroomFrameQuery, { slug });

  if (!data) {
    // No showroom to dress the page in yet: the plain public frame.
    return (
      <Box mih="100vh">
        <PublicHeader />
        <Container size="lg" component="main" py="xl">
          {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
        </Container>
      </Box>
    );
  }
  const showroom = data.showroom;
  const context: ShowroomContext = { showroom, slug: showroom.slug, base: `/s/${showroom.slug}`, isBrand: !showroom.partner };
  return (
    <Box mih="100vh" className="showroom" style={{ display: 'flex', flexDirection: 'column', ...accentVariables(showroom.accentColor) }} data-slug={showroom.slug}>
      {/* A keyboard user's first Tab: past the header to the page itself. */}
      <a className="skip-link" href="#main">
        {t('showroom.skipToContent')}
      </a>
      <ShowroomHeader showroom={showroom} slug={showroom.slug} home={context.isBrand ? '/' : context.base} />
      {oci && <OciBanner />}
      <Container size="lg" component="main" id="main" tabIndex={-1} py="lg" w="100%" style={{ flex: 1 }}>
        {/* The product and basket pages are loaded when first visited: the frame stays while they come. */}
        <Suspense fallback={<LoadingState />}>
          <Outlet context={context} />
        </Suspense>
      </Container>
      <ShowroomFooter showroom={showroom} />
    </Box>
  );
}
