import { Anchor, Badge, Box, Button, Container, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShowroomFrame_ShowroomFragment } from '../gql/graphql';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { accentPalette } from './accent';
import { useBasket } from './basket';

interface Props {
  showroom: ShowroomFrame_ShowroomFragment;
  slug: string;
  home: string;
}

/** The showroom's own colours, logo and name; the basket and the language are always one step away. */
export function ShowroomHeader({ showroom, slug, home }: Props) {
  const { t } = useTranslation();
  const { count } = useBasket(slug);
  const colours = { background: accentPalette(showroom.accentColor).strong, text: '#ffffff' };
  return (
    <Box component="header" style={{ background: colours.background, color: colours.text }} data-testid="showroom-header">
      <Container size="lg" py="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={home}
            underline="never"
            c={colours.text}
            style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0, flex: '1 1 12rem' }}
            aria-label={t('showroom.homeLink', { name: showroom.displayName })}
          >
            {showroom.logoUrl && (
              <img src={showroom.logoUrl} alt="" height={40} style={{ maxWidth: 120, objectFit: 'contain', background: '#fff', borderRadius: 4, padding: 2 }} />
            )}
            <Text span fw={800} fz="xl" lh={1.2} className="break-anywhere">
              {showroom.displayName}
            </Text>
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <Button
              component={Link}
              to={`/s/${slug}/basket`}
              variant="white"
              color="dark"
              size="sm"
              // The badge counts products (lines), not units: the link's name says so ("Basket 2 products").
              rightSection={
                <>
                  <Badge size="sm" variant="filled" color="dark" circle={count < 10} data-testid="basket-count">
                    {count}
                  </Badge>
                  <VisuallyHidden>{t('basket.linkUnit', { count })}</VisuallyHidden>
                </>
              }
            >
              {t('basket.title')}
            </Button>
            <LanguageSwitch />
            <Anchor component={Link} to="/signin" c={colours.text} fw={600} size="sm" underline="always">
              {t('landing.signIn')}
            </Anchor>
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
