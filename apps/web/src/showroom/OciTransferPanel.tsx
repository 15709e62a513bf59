import { useState } from 'react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { request } from '../publicClient';
import { describeError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import type { BasketLine } from './basket';
import { postToShop, type OciSession } from './oci';
import { useShowroom } from './useShowroom';

const OciTransferQuery = graphql(`
  query OciTransfer($slug: String!, $hookUrl: String!, $target: String, $okCode: String, $returnTarget: String, $items: [OciItemInput!]!) {
    ociTransfer(slug: $slug, hookUrl: $hookUrl, target: $target, okCode: $okCode, returnTarget: $returnTarget, items: $items) {
      action
      target
      fields {
        name
        value
      }
    }
  }
`);

interface Props {
  session: OciSession;
  lines: readonly BasketLine[];
  onTransferred: () => void;
}

/** In OCI mode the basket goes back to the purchasing system that opened the showroom, priced now. */
export function OciTransferPanel({ session, lines, onTransferred }: Props) {
  const { t } = useTranslation();
  const { slug } = useShowroom();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function transfer() {
    setBusy(true);
    setFailure(null);
    try {
      // Priced now, never from a kept answer.
      const data = await request(OciTransferQuery, {
          slug,
          hookUrl: session.hookUrl,
          target: session.target,
          okCode: session.okCode,
          returnTarget: session.returnTarget,
          items: lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
      });
      postToShop(data.ociTransfer);
      onTransferred();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="oci-title" data-testid="oci-transfer">
      <Stack>
        <div>
          <Title order={2} size="h3" id="oci-title">
            {t('oci.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('oci.text')}
          </Text>
        </div>
        <FormAlert message={failure} title={t('oci.failed')} />
        <Button size="md" onClick={() => void transfer()} loading={busy} disabled={lines.length === 0} style={{ alignSelf: 'flex-start' }}>
          {t('oci.transfer')}
        </Button>
      </Stack>
    </Paper>
  );
}
