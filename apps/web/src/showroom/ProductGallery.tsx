import { useState } from 'react';
import { Group, Stack, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProductPicture } from './ProductPicture';

/** The product's pictures: one large, the others as buttons that bring each forward. */
export function ProductGallery({ images, name }: { images: readonly string[]; name: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(0);
  const current = images[Math.min(shown, images.length - 1)] ?? null;
  return (
    <Stack gap="xs">
      <ProductPicture src={current} alt={images.length > 1 ? t('product.pictureOf', { name, n: shown + 1, total: images.length }) : name} eager />
      {images.length > 1 && (
        <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {images.map((src, i) => (
            <li key={`${src}-${i}`}>
              <UnstyledButton
                onClick={() => setShown(i)}
                aria-pressed={i === shown}
                aria-label={t('product.showPicture', { n: i + 1, total: images.length })}
                w={72}
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  outline: i === shown ? '2px solid var(--mantine-color-trellis-7)' : '1px solid var(--mantine-color-gray-3)',
                  overflow: 'hidden',
                }}
              >
                <img
                  src={src}
                  alt=""
                  loading="lazy"
                  onError={(event) => (event.currentTarget.style.visibility = 'hidden')}
                  style={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'cover', display: 'block' }}
                />
              </UnstyledButton>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}
