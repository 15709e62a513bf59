import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The public front page; the collaborative showroom will grow here. */
export function Landing() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={640} py="xl">
      <Title order={1}>Trellis</Title>
      <Text size="lg">{t('landing.tagline')}</Text>
      <Text c="dimmed">{t('landing.text')}</Text>
      <Group>
        <Button component={Link} to="/signin" size="md">
          {t('landing.signIn')}
        </Button>
      </Group>
    </Stack>
  );
}
