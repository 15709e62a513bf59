import { useState } from 'react';
import { Box, Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A product's picture in a fixed 4:3 frame, or a quiet placeholder that keeps the grid even. */
export function ProductPicture({ src, alt, eager, compact }: { src: string | null | undefined; alt: string; eager?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  // An outside picture that no longer loads shows as the placeholder, not as a broken image.
  const [failed, setFailed] = useState<string | null>(null);
  const shown = src && src !== failed ? src : null;
  return (
    <Box style={{ aspectRatio: '4 / 3', background: 'var(--mantine-color-gray-1)', borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden' }}>
      {shown ? (
        <img
          src={shown}
          onError={() => setFailed(shown)}
          alt={alt}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
        />
      ) : (
        <Center h="100%">
          <Text size={compact ? '10px' : 'sm'} c="dimmed" ta="center" aria-hidden>
            {t('showroom.noPicture')}
          </Text>
        </Center>
      )}
    </Box>
  );
}
