import { useState } from 'react';
import { Anchor, Button, ColorInput, Fieldset, Group, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ShowroomSettings_ShowroomFragment } from '../gql/graphql';
import {
  DEFAULT_CATALOG_LANGUAGE, localizedTextErrorPaths, localizedTextsInput, textsByLanguage, TRANSLATED_LANGUAGES, type TranslatedLanguage,
} from '../ui/catalogLanguages';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { checkImageFile, IMAGE_TYPES, readFileAsBase64 } from '../ui/fileTransfer';
import { FormAlert } from '../ui/states';
import { MAX_LOGO_BYTES, ShowroomLogoField } from './ShowroomLogoField';

graphql(`
  fragment ShowroomSettings_showroom on Showroom {
    partnerId
    slug
    displayName
    accentColor
    welcomeText
    welcomeTexts {
      language
      text
    }
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

interface ShowroomValues {
  slug: string;
  displayName: string;
  accentColor: string;
  /** In the catalog's default language: shown where the visitor's has none of its own. */
  welcomeText: string;
  welcomeTexts: Record<TranslatedLanguage, string>;
  contactEmail: string;
  contactPhone: string;
  enabled: boolean;
  pricesGross: boolean;
  vatPercent: number | string;
  logo: File | null;
  removeLogo: boolean;
}

interface Props {
  partnerId: string;
  showroom: ShowroomSettings_ShowroomFragment | null;
  /** For a first showroom: the partner's name and code suggest the display name and address. */
  partner: { name: string; code: string };
}

/** How the partner's public showroom looks and prices; the address /s/<slug> is the partner's to choose. */
export function ShowroomSettingsForm({ partnerId, showroom, partner }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveShowroomMutation, { refetchQueries: ['ShowroomSettings'] });
  const form = useForm<ShowroomValues>({
    initialValues: {
      slug: showroom?.slug ?? partner.code.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      displayName: showroom?.displayName ?? partner.name,
      accentColor: showroom?.accentColor ?? '#1c7ed6',
      welcomeText: showroom?.welcomeText ?? '',
      welcomeTexts: textsByLanguage(showroom?.welcomeTexts ?? []),
      contactEmail: showroom?.contactEmail ?? '',
      contactPhone: showroom?.contactPhone ?? '',
      enabled: showroom?.enabled ?? false,
      pricesGross: showroom?.pricesGross ?? false,
      vatPercent: showroom?.vatPercent ?? 0,
      logo: null,
      removeLogo: false,
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
        const problem = checkImageFile(file, IMAGE_TYPES, MAX_LOGO_BYTES);
        return problem === 'type' ? t('showroomSettings.logoType') : problem === 'size' ? t('showroomSettings.logoSize') : null;
      },
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    // Always the whole set: a text cleared is a text removed.
    const welcomeTexts = localizedTextsInput(v.welcomeTexts);
    try {
      const input = {
        partnerId,
        slug: v.slug.trim(),
        displayName: v.displayName.trim(),
        accentColor: v.accentColor.trim().toLowerCase(),
        welcomeText: v.welcomeText,
        welcomeTexts,
        contactEmail: v.contactEmail.trim() || null,
        contactPhone: v.contactPhone.trim() || null,
        enabled: v.enabled,
        pricesGross: v.pricesGross,
        vatPercent: Number(v.vatPercent),
        ...(v.logo ? { logoBase64: await readFileAsBase64(v.logo) } : { removeLogo: v.removeLogo }),
      };
      await save({ variables: { input } });
      form.setValues({ logo: null, removeLogo: false });
      form.resetDirty();
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (error) {
      setFailure(applyServerErrors(form, error, {
        logoBase64: 'logo', removeLogo: 'logo', ...localizedTextErrorPaths('welcomeTexts', welcomeTexts.map((w) => w.language)),
      }));
    }
  }, focusFirstError);

  const publicPath = showroom ? `/s/${showroom.slug}` : null;
  const defaultLanguage = t(`catalogLanguage.${DEFAULT_CATALOG_LANGUAGE}`);
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
        <Textarea
          label={t('showroomSettings.welcomeTextIn', { language: defaultLanguage })}
          description={t('showroomSettings.welcomeTextHint')}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('welcomeText')}
        />
        <Fieldset legend={t('showroomSettings.welcomeTexts')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('showroomSettings.welcomeTextsHint')}
            </Text>
            {TRANSLATED_LANGUAGES.map((l) => (
              <Textarea
                key={l}
                label={t('showroomSettings.welcomeTextIn', { language: t(`catalogLanguage.${l}`) })}
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps(`welcomeTexts.${l}`)}
              />
            ))}
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch label={t('showroomSettings.pricesGross')} description={t('showroomSettings.pricesGrossHint')} {...form.getInputProps('pricesGross', { type: 'checkbox' })} />
          <NumberInput label={t('showroomSettings.vatPercent')} min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('vatPercent')} />
        </SimpleGrid>
        <ShowroomLogoField
          publicSlug={showroom?.enabled ? showroom.slug : null}
          file={form.values.logo}
          fileError={form.errors.logo}
          onFileChange={(file) => form.setFieldValue('logo', file)}
          removing={form.values.removeLogo}
          onRemovingChange={(removing) => form.setFieldValue('removeLogo', removing)}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
