import { useEffect, useRef } from 'react';
import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** After a request is sent: that it arrived, who answers, and the reference to quote. */
export function LeadSent({ reference, displayName, isBrand, home }: { reference: string; displayName: string; isBrand: boolean; home: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: focus moves to the news, so screen readers read it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="xl" maw={640} role="status" data-testid="lead-sent">
      <Stack>
        <Title order={1} size="h2" ref={heading} tabIndex={-1}>
          {t('lead.sentTitle')}
        </Title>
        <Text>{isBrand ? t('lead.sentBrand') : t('lead.sentPartner', { name: displayName })}</Text>
        <Text>
          {t('lead.reference')} <Code data-testid="lead-reference">{reference}</Code>
        </Text>
        <Button component={Link} to={home} variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('lead.backToShowroom')}
        </Button>
      </Stack>
    </Paper>
  );
}
