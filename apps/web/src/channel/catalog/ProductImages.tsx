import { useState } from 'react';
import { Button, FileInput, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProductImages_ProductFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { describeError, fieldErrors } from '../../ui/errors';
import { checkImageFile, IMAGE_TYPES, readFileAsBase64 } from '../../ui/fileTransfer';

graphql(`
  fragment ProductImages_product on Product {
    id
    name
    images {
      id
      position
      src
    }
  }
`);

const AddProductImageMutation = graphql(`
  mutation AddProductImage($input: AddProductImageInput!) {
    addProductImage(input: $input) { image { id position src } }
  }
`);
const RemoveProductImageMutation = graphql(`
  mutation RemoveProductImage($input: RemoveProductImageInput!) {
    removeProductImage(input: $input) { image { id } }
  }
`);

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** A product's pictures: from an outside https address, or uploaded (PNG, JPEG or WebP up to 2 MB). */
export function ProductImages({ product }: { product: ProductImages_ProductFragment }) {
  const { t } = useTranslation();
  const refresh = { refetchQueries: ['CatalogProduct'], awaitRefetchQueries: true };
  const [add, adding] = useMutation(AddProductImageMutation, refresh);
  const [remove] = useMutation(RemoveProductImageMutation, refresh);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function addFromUrl() {
    setUrlError(null);
    // https only: a showroom served over https would not show an http picture.
    if (!/^https:\/\/\S+\.\S+/.test(url.trim())) {
      setUrlError(t('validation.httpsUrl'));
      return;
    }
    try {
      await add({ variables: { input: { productId: product.id, url: url.trim() } } });
      setUrl('');
      notifications.show({ color: 'green', message: t('images.added') });
    } catch (error) {
      setUrlError(fieldErrors(error)[0]?.reason ?? describeError(error));
    }
  }

  async function upload(chosen: File | null) {
    setFile(chosen);
    setFileError(null);
    if (!chosen) return;
    const problem = checkImageFile(chosen, IMAGE_TYPES, MAX_IMAGE_BYTES);
    if (problem) {
      setFileError(problem === 'type' ? t('images.wrongType') : t('images.tooLarge'));
      return;
    }
    try {
      const base64 = await readFileAsBase64(chosen);
      await add({ variables: { input: { productId: product.id, base64, contentType: chosen.type } } });
      setFile(null);
      notifications.show({ color: 'green', message: t('images.added') });
    } catch (error) {
      setFileError(fieldErrors(error)[0]?.reason ?? describeError(error));
    }
  }

  async function handleRemove(imageId: string): Promise<boolean> {
    try {
      await remove({ variables: { input: { imageId } } });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(error) });
      return false;
    }
  }

  const images = [...product.images].sort((a, b) => a.position - b.position);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="images-title">
      <Stack>
        <Title order={2} size="h4" id="images-title">
          {t('images.title')}
        </Title>
        {images.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('images.none')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {images.map((image, i) => (
              <Stack key={image.id} component="li" gap={4} data-testid="product-image">
                <img
                  src={image.src}
                  alt={t('images.alt', { name: product.name, n: i + 1 })}
                  style={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'contain', background: 'var(--mantine-color-gray-1)', borderRadius: 4 }}
                />
                <ConfirmButton
                  size="xs"
                  variant="subtle"
                  color="red"
                  title={t('images.remove')}
                  message={t('images.removeConfirm')}
                  confirmLabel={t('images.remove')}
                  aria-label={t('images.removeNamed', { n: i + 1 })}
                  onConfirm={() => handleRemove(image.id)}
                >
                  {t('images.remove')}
                </ConfirmButton>
              </Stack>
            ))}
          </SimpleGrid>
        )}
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('images.url')}
            placeholder="https://"
            type="url"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={urlError}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button mt={25} variant="light" onClick={() => void addFromUrl()} loading={adding.loading && !file}>
            {t('images.addUrl')}
          </Button>
        </Group>
        <FileInput
          label={t('images.upload')}
          description={t('images.uploadHint')}
          accept={IMAGE_TYPES.join(',')}
          value={file}
          onChange={(chosen) => void upload(chosen)}
          error={fileError}
          clearable
          placeholder={t('images.choose')}
        />
      </Stack>
    </Paper>
  );
}
