import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { PartnerProfile_PartnerFragment } from '../gql/graphql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { ProfileFields, profileRules, toProfileInput, type ProfileValues } from './ProfileFields';

const UpdatePartnerProfileMutation = graphql(`
  mutation UpdatePartnerProfile($input: UpdatePartnerProfileInput!) {
    updatePartnerProfile(input: $input) {
      partner {
        id
        ...PartnerProfile_partner
        ...PartnerHistory_partner
      }
    }
  }
`);

export function PartnerProfileForm({ partner, onDone }: { partner: PartnerProfile_PartnerFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdatePartnerProfileMutation);
  const form = useForm<ProfileValues>({
    initialValues: {
      name: partner.name, email: partner.email ?? '', phone: partner.phone ?? '', website: partner.website ?? '',
      street: partner.street ?? '', city: partner.city, postalCode: partner.postalCode ?? '', region: partner.region ?? '',
      country: partner.country, latitude: partner.latitude ?? '', longitude: partner.longitude ?? '',
      taxId: partner.taxId ?? '',
    },
    validate: profileRules(t),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await update({ variables: { input: { partnerId: partner.id, ...toProfileInput(values) } } });
      notifications.show({ color: 'green', message: t('partnerPage.profileSaved') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <ProfileFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
