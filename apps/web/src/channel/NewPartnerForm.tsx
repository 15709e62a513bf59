import { useState } from 'react';
import { Button, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PartnerKind } from '@trellis/schema';
import { graphql } from '../gql';
import type { CreatePartnerMutation } from '../gql/graphql';
import { applyServerErrors, focusFirstError } from '../ui/errors';
import { FormAlert } from '../ui/states';
import { PARTNER_KINDS } from '../ui/partnerEnums';
import { EMPTY_PROFILE, ProfileFields, profileRules, toProfileInput, type ProfileValues } from './ProfileFields';
import { usePartnerOptions } from './partnerOptions';
import { forgetPartnerLists } from './partnerCache';

const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      partner {
        id
        code
        name
        kind
        status
        city
        country
      }
      firstManagerInvitation {
        invitationUrl
        expiresAt
        user {
          id
          email
          displayName
        }
      }
    }
  }
`);

interface NewPartnerValues extends ProfileValues {
  code: string;
  kind: string | null;
  parentId: string | null;
  tierId: string | null;
  territoryIds: string[];
  ownerId: string | null;
  inviteManager: boolean;
  firstManager: { email: string; displayName: string };
}

export function NewPartnerForm({ onCreated }: { onCreated: (result: CreatePartnerMutation['createPartner']) => void }) {
  const { t } = useTranslation();
  const options = usePartnerOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreatePartnerMutation, {
    // Every cached partner list may now be missing the new partner.
    update: forgetPartnerLists,
  });
  const form = useForm<NewPartnerValues>({
    initialValues: {
      ...EMPTY_PROFILE, code: '', kind: null, parentId: null, tierId: null, territoryIds: [], ownerId: null,
      inviteManager: false, firstManager: { email: '', displayName: '' },
    },
    validate: {
      ...profileRules(t),
      code: (v) => (/^[A-Z0-9-]{2,10}$/.test(v.trim()) ? null : t('validation.code')),
      kind: (v) => (v ? null : t('validation.required')),
      firstManager: {
        email: (v, values) => (!values.inviteManager || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
        displayName: (v, values) => (!values.inviteManager || v.trim().length >= 2 ? null : t('validation.nameLength')),
      },
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    const input = {
      ...toProfileInput(v),
      code: v.code.trim(),
      kind: v.kind as PartnerKind,
      parentId: v.parentId,
      tierId: v.tierId,
      territoryIds: v.territoryIds,
      ownerId: v.ownerId,
      firstManager: v.inviteManager ? { email: v.firstManager.email.trim(), displayName: v.firstManager.displayName.trim() } : null,
    };
    try {
      const { data } = await create({ variables: { input } });
      if (data) onCreated(data.createPartner);
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partner.code')}
            description={t('partner.codeHint')}
            required
            maxLength={10}
            {...form.getInputProps('code')}
            onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
          />
          <Select
            label={t('partner.kind')}
            required
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <ProfileFields form={form} />
        <Fieldset legend={t('newPartner.channel')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('partner.parent')} description={t('partner.parentHint')} clearable searchable data={options.distributors} {...form.getInputProps('parentId')} />
            <Select label={t('partner.tier')} clearable data={options.tiers} {...form.getInputProps('tierId')} />
            <MultiSelect label={t('partner.territories')} searchable data={options.territories} {...form.getInputProps('territoryIds')} />
            <Select
              label={t('partner.owner')}
              description={t('partner.ownerHint')}
              clearable
              data={options.owners}
              {...form.getInputProps('ownerId')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('newPartner.firstManager')}>
          <Stack>
            <Checkbox label={t('newPartner.inviteManager')} {...form.getInputProps('inviteManager', { type: 'checkbox' })} />
            {form.values.inviteManager && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('invite.email')} type="email" required {...form.getInputProps('firstManager.email')} />
                <TextInput label={t('invite.displayName')} required {...form.getInputProps('firstManager.displayName')} />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        <FormAlert message={options.error ? t('partners.optionsFailed') : null} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('newPartner.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
