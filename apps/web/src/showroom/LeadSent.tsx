import { useEffect, useRef } from 'react';
import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hideBasketNotices } from './basketNotice';

interface Props {
  reference: string;
  displayName: string;
  isBrand: boolean;
  home: string;
  /** Inside a dialog (the locator's contact): a button closes it instead of the way back, under the dialog's own title. */
  onClose?: () => void;
}

/** After a request is sent: that it arrived, who answers, and the reference to quote. */
export function LeadSent({ reference, displayName, isBrand, home, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // "… is in the basket" would cover the news (the basket is empty now, too).
    hideBasketNotices();
    // The form that had focus is gone: focus moves to the news, so screen readers read it.
    heading.current?.focus();
  }, []);
  return (
    <Paper withBorder={!onClose} p={onClose ? 0 : 'xl'} maw={640} role="status" data-testid="lead-sent">
      <Stack>
        <Title order={onClose ? 2 : 1} size="h2" ref={heading} tabIndex={-1}>
          {t('lead.sentTitle')}
        </Title>
        <Text>{isBrand ? t('lead.sentBrand') : t('lead.sentPartner', { name: displayName })}</Text>
        <Text>
          {t('lead.reference')} <Code data-testid="lead-reference">{reference}</Code>
        </Text>
        {onClose ? (
          <Button variant="light" onClick={onClose} style={{ alignSelf: 'flex-start' }}>
            {t('lead.close')}
          </Button>
        ) : (
          <Button component={Link} to={home} variant="light" style={{ alignSelf: 'flex-start' }}>
            {t('lead.backToShowroom')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
