import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface WideTableProps {
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** What the table lists: the scrolling region's name. */
  label: string;
  children: ReactNode;
}

/**
 * A table wider than a phone: it scrolls sideways, natively (by touch, and by keyboard once focused), and on a
 * narrow screen a hint above it says so, since nothing else shows that columns are hidden.
 */
export function WideTable({ minWidth, label, children }: WideTableProps) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="xs" c="dimmed" hiddenFrom="md" data-testid="scroll-hint">
        {t('common.scrollHint')}
      </Text>
      <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label}>
        {children}
      </Table.ScrollContainer>
    </>
  );
}
