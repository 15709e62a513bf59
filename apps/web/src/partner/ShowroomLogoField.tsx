import { useEffect, useState } from 'react';
import { Button, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { IMAGE_TYPES } from '../ui/fileTransfer';

// The settings do not carry the logo; the public showroom does, once it is enabled.
const ShowroomLogoQuery = graphql(`
  query ShowroomLogo($slug: String!) {
    showroom(slug: $slug) {
      slug
      logoUrl
    }
  }
`);

export const MAX_LOGO_BYTES = 512 * 1024;

interface Props {
  /** The saved showroom, when it is public: its logo is shown and may be removed. */
  publicSlug: string | null;
  file: File | null;
  fileError?: React.ReactNode;
  onFileChange(file: File | null): void;
  /** Removal happens with the next save, like every other change on the form. */
  removing: boolean;
  onRemovingChange(removing: boolean): void;
}

function usePreview(file: File | null): string | null {
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file || !IMAGE_TYPES.includes(file.type as never)) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return preview;
}

export function ShowroomLogoField({ publicSlug, file, fileError, onFileChange, removing, onRemovingChange }: Props) {
  const { t } = useTranslation();
  const preview = usePreview(file);
  const { data } = useQuery(ShowroomLogoQuery, { variables: { slug: publicSlug ?? '' }, skip: !publicSlug, fetchPolicy: 'network-only', errorPolicy: 'ignore' });
  const current = data?.showroom?.logoUrl;
  return (
    <Stack gap="xs">
      <FileInput
        label={t('showroomSettings.logo')}
        description={t('showroomSettings.logoHint')}
        placeholder={t('images.choose')}
        accept={IMAGE_TYPES.join(',')}
        clearable
        value={file}
        error={fileError}
        onChange={(chosen) => {
          onFileChange(chosen);
          if (chosen) onRemovingChange(false);
        }}
      />
      {preview ? (
        <Group gap="xs">
          <Text size="sm">{t('showroomSettings.newLogo')}</Text>
          <Image src={preview} alt={t('showroomSettings.newLogo')} h={40} w="auto" fit="contain" />
        </Group>
      ) : removing ? (
        <Group gap="xs">
          <Text size="sm" data-testid="logo-removal">{t('showroomSettings.logoRemovedOnSave')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => onRemovingChange(false)}>
            {t('showroomSettings.keepLogo')}
          </Button>
        </Group>
      ) : (
        current && (
          <Group gap="xs">
            <Text size="sm">{t('showroomSettings.currentLogo')}</Text>
            <Image src={current} alt={t('showroomSettings.currentLogo')} h={40} w="auto" fit="contain" />
            <Button variant="light" color="red" size="compact-sm" onClick={() => onRemovingChange(true)}>
              {t('showroomSettings.removeLogo')}
            </Button>
          </Group>
        )
      )}
    </Stack>
  );
}
