import { useEffect, useState } from 'react';
import { Anchor, Button, Group, MultiSelect, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { PartnerAssignments_PartnerFragment } from '../gql/graphql';
import { describeError, fieldErrors } from '../ui/errors';
import { usePartnerOptions } from './partnerOptions';
import { forgetPartnerLists } from './partnerCache';
import { ReadOnlyAssignments } from './ReadOnlyAssignments';

graphql(`
  fragment PartnerAssignments_partner on Partner {
    id
    kind
    tier { id name }
    owner { id displayName email }
    parent { id name code }
    territories { id code name }
  }
`);

const AssignTier = graphql(`
  mutation AssignPartnerTier($input: AssignPartnerTierInput!) {
    assignPartnerTier(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }
  }
`);
const AssignOwner = graphql(`
  mutation AssignPartnerOwner($input: AssignPartnerOwnerInput!) {
    assignPartnerOwner(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }
  }
`);
const SetParent = graphql(`
  mutation SetPartnerParent($input: SetPartnerParentInput!) {
    setPartnerParent(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerRelations_partner ...PartnerHistory_partner } }
  }
`);
const SetTerritories = graphql(`
  mutation SetPartnerTerritories($input: SetPartnerTerritoriesInput!) {
    setPartnerTerritories(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }
  }
`);

type Partner = PartnerAssignments_PartnerFragment;

/** Tier, owner and parent save as soon as they are chosen; territories, a multiple choice, save with a button. */
export function PartnerAssignments({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const { t } = useTranslation();
  const options = usePartnerOptions(!canEdit);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [territoryIds, setTerritoryIds] = useState(partner.territories.map((x) => x.id));
  useEffect(() => setTerritoryIds(partner.territories.map((x) => x.id)), [partner.territories]);
  const after = { update: forgetPartnerLists };
  const [assignTier, tier] = useMutation(AssignTier, after);
  const [assignOwner, owner] = useMutation(AssignOwner, after);
  const [setParent, parent] = useMutation(SetParent, after);
  const [setTerritories, territories] = useMutation(SetTerritories, after);

  if (!canEdit) return <ReadOnlyAssignments partner={partner} />;

  async function save(field: string, run: () => Promise<unknown>) {
    setErrors((e) => ({ ...e, [field]: '' }));
    try {
      await run();
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (error) {
      const reason = fieldErrors(error)[0]?.reason ?? describeError(error);
      setErrors((e) => ({ ...e, [field]: reason }));
    }
  }

  const territoriesChanged =
    [...territoryIds].sort().join() !== partner.territories.map((x) => x.id).sort().join();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assignments-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="assignments-title">
          {t('partnerPage.assignments')}
        </Title>
        <Select
          label={t('partner.tier')}
          placeholder={t('partnerPage.noTier')}
          clearable
          allowDeselect={false}
          data={options.tiers}
          value={partner.tier?.id ?? null}
          disabled={tier.loading}
          error={errors.tierId}
          onChange={(tierId) => void save('tierId', () => assignTier({ variables: { input: { partnerId: partner.id, tierId } } }))}
        />
        <Select
          label={t('partner.owner')}
          data={partner.owner && !options.owners.some((o) => o.value === partner.owner!.id)
            ? [{ value: partner.owner.id, label: partner.owner.displayName }, ...options.owners]
            : options.owners}
          allowDeselect={false}
          value={partner.owner?.id ?? null}
          disabled={owner.loading}
          error={errors.ownerId}
          onChange={(ownerId) => ownerId && void save('ownerId', () => assignOwner({ variables: { input: { partnerId: partner.id, ownerId } } }))}
        />
        <Select
          label={t('partner.parent')}
          placeholder={t('partnerPage.noParent')}
          clearable
          searchable
          allowDeselect={false}
          data={options.distributors.filter((d) => d.value !== partner.id)}
          value={partner.parent?.id ?? null}
          disabled={parent.loading}
          error={errors.parentId}
          onChange={(parentId) => void save('parentId', () => setParent({ variables: { input: { partnerId: partner.id, parentId } } }))}
        />
        <MultiSelect
          label={t('partner.territories')}
          searchable
          data={options.territories}
          value={territoryIds}
          onChange={setTerritoryIds}
          error={errors.territoryIds}
        />
        {territoriesChanged && (
          <Group gap="xs">
            <Button
              size="xs"
              loading={territories.loading}
              onClick={() => void save('territoryIds', () => setTerritories({ variables: { input: { partnerId: partner.id, territoryIds } } }))}
            >
              {t('partnerPage.saveTerritories')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setTerritoryIds(partner.territories.map((x) => x.id))}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
        {options.error && (
          <Text size="sm" c="red">
            {t('partners.optionsFailed')}
          </Text>
        )}
        {partner.owner && (
          <Text size="xs" c="dimmed">
            {t('partnerPage.ownerContact')} <Anchor href={`mailto:${partner.owner.email}`} size="xs" underline="always">{partner.owner.email}</Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
