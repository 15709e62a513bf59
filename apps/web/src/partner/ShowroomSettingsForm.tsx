import { useEffect, useState } from 'react';
import { Anchor, Button, ColorInput, FileInput, Group, Image, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ShowroomSettings_ShowroomFragment } from '../gql/graphql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { checkImageFile, readFileAsBase64 } from '../ui/fileTransfer';
import { FormAlert } from '../ui/states';

graphql(`
  fragment ShowroomSettings_showroom on Showroom {
    partnerId
    slug
    displayName
    accentColor
    welcomeText
    contactEmail
    contactPhone
    enabled
    pricesGross
    vatPercent
    updatedAt
  }
`);

const SaveShowroomMutation = graphql(`
  mutation SaveShowroom($input: SaveShowroomInput!) {
    saveShowroom(input: $input) {
      showroom {
        ...ShowroomSettings_showroom
      }
    }
  }
`);

// The settings do not carry the logo; the public showroom does, once it is enabled.
const ShowroomLogoQuery = graphql(`
  query ShowroomLogo($slug: String!) {
    showroom(slug: $slug) {
      slug
      logoUrl
    }
  }
`);

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
const MAX_LOGO_BYTES = 512 * 1024;

interface ShowroomValues {
  slug: string;
  displayName: string;
  accentColor: string;
  welcomeText: string;
  contactEmail: string;
  contactPhone: string;
  enabled: boolean;
  pricesGross: boolean;
  vatPercent: number | string;
  logo: File | null;
}

interface Props {
  partnerId: string;
  showroom: ShowroomSettings_ShowroomFragment | null;
  /** For a first showroom: the partner's name and code suggest the display name and address. */
  partner: { name: string; code: string };
}

function CurrentLogo({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ShowroomLogoQuery, { variables: { slug }, fetchPolicy: 'network-only', errorPolicy: 'ignore' });
  const logo = data?.showroom?.logoUrl;
  if (!logo) return null;
  return (
    <Group gap="xs">
      <Text size="sm">{t('showroomSettings.currentLogo')}</Text>
      <Image src={logo} alt={t('showroomSettings.currentLogo')} h={40} w="auto" fit="contain" />
    </Group>
  );
}

/** How the partner's public showroom looks and prices; the address /s/<slug> is the partner's to choose. */
export function ShowroomSettingsForm({ partnerId, showroom, partner }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveShowroomMutation, { refetchQueries: ['ShowroomSettings'] });
  const [preview, setPreview] = useState<string | null>(null);
  const form = useForm<ShowroomValues>({
    initialValues: {
      slug: showroom?.slug ?? partner.code.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      displayName: showroom?.displayName ?? partner.name,
      accentColor: showroom?.accentColor ?? '#1c7ed6',
      welcomeText: showroom?.welcomeText ?? '',
      contactEmail: showroom?.contactEmail ?? '',
      contactPhone: showroom?.contactPhone ?? '',
      enabled: showroom?.enabled ?? false,
      pricesGross: showroom?.pricesGross ?? false,
      vatPercent: showroom?.vatPercent ?? 0,
      logo: null,
    },
    validate: {
      slug: (v) => (/^[a-z0-9][a-z0-9-]{1,39}$/.test(v.trim()) ? null : t('validation.slug')),
      displayName: (v) => (v.trim().length >= 2 && v.trim().length <= 100 ? null : t('validation.nameLength')),
      accentColor: (v) => (/^#[0-9a-f]{6}$/i.test(v.trim()) ? null : t('validation.colour')),
      contactEmail: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      contactPhone: (v) => (!v.trim() || /^\+?[0-9 ()\-/]{5,30}$/.test(v.trim()) ? null : t('validation.phone')),
      vatPercent: (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? null : t('validation.range', { min: 0, max: 100 })),
      logo: (file) => {
        if (!file) return null;
        const problem = checkImageFile(file, LOGO_TYPES, MAX_LOGO_BYTES);
        return problem === 'type' ? t('showroomSettings.logoType') : problem === 'size' ? t('showroomSettings.logoSize') : null;
      },
    },
  });
  const logo = form.values.logo;
  useEffect(() => {
    if (!logo || !LOGO_TYPES.includes(logo.type as never)) return setPreview(null);
    const url = URL.createObjectURL(logo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [logo]);

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const input = {
        partnerId,
        slug: v.slug.trim(),
        displayName: v.displayName.trim(),
        accentColor: v.accentColor.trim().toLowerCase(),
        welcomeText: v.welcomeText,
        contactEmail: v.contactEmail.trim() || null,
        contactPhone: v.contactPhone.trim() || null,
        enabled: v.enabled,
        pricesGross: v.pricesGross,
        vatPercent: Number(v.vatPercent),
        ...(v.logo ? { logoBase64: await readFileAsBase64(v.logo), logoContentType: v.logo.type } : {}),
      };
      await save({ variables: { input } });
      form.setFieldValue('logo', null);
      form.resetDirty();
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (error) {
      setFailure(applyServerErrors(form, error, { logoBase64: 'logo', logoContentType: 'logo' }));
    }
  }, focusFirstError);

  const publicPath = showroom ? `/s/${showroom.slug}` : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        {publicPath && (
          <Text size="sm" data-testid="showroom-link">
            {showroom?.enabled ? t('showroomSettings.liveAt') : t('showroomSettings.disabledAt')}{' '}
            <Anchor component={Link} to={publicPath} target="_blank" rel="noopener">
              {`${window.location.origin}${publicPath}`}
            </Anchor>
          </Text>
        )}
        <Switch label={t('showroomSettings.enabled')} description={t('showroomSettings.enabledHint')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('showroomSettings.slug')}
            description={t('showroomSettings.slugHint')}
            required
            maxLength={40}
            {...form.getInputProps('slug')}
            onChange={(event) => form.setFieldValue('slug', event.currentTarget.value.toLowerCase())}
          />
          <TextInput label={t('showroomSettings.displayName')} required maxLength={100} {...form.getInputProps('displayName')} />
          <ColorInput
            label={t('showroomSettings.accentColor')}
            description={t('showroomSettings.accentHint')}
            format="hex"
            required
            eyeDropperButtonProps={{ 'aria-label': t('showroomSettings.pickColour') }}
            {...form.getInputProps('accentColor')}
          />
          <TextInput label={t('showroomSettings.contactEmail')} type="email" {...form.getInputProps('contactEmail')} />
          <TextInput label={t('showroomSettings.contactPhone')} type="tel" {...form.getInputProps('contactPhone')} />
        </SimpleGrid>
        <Textarea label={t('showroomSettings.welcomeText')} autosize minRows={3} maxLength={2000} {...form.getInputProps('welcomeText')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch label={t('showroomSettings.pricesGross')} description={t('showroomSettings.pricesGrossHint')} {...form.getInputProps('pricesGross', { type: 'checkbox' })} />
          <NumberInput label={t('showroomSettings.vatPercent')} min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('vatPercent')} />
        </SimpleGrid>
        <Stack gap="xs">
          <FileInput
            label={t('showroomSettings.logo')}
            description={t('showroomSettings.logoHint')}
            placeholder={t('images.choose')}
            accept={LOGO_TYPES.join(',')}
            clearable
            {...form.getInputProps('logo')}
          />
          {preview ? (
            <Group gap="xs">
              <Text size="sm">{t('showroomSettings.newLogo')}</Text>
              <Image src={preview} alt={t('showroomSettings.newLogo')} h={40} w="auto" fit="contain" />
            </Group>
          ) : (
            showroom?.enabled && <CurrentLogo slug={showroom.slug} />
          )}
        </Stack>
        <Group>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
