import { useId } from 'react';
import { Badge, Fieldset, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, type SegmentedControlProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AnnouncementKind, SalesPolicyKind, type PartnerKind } from '@trellis/schema';
import { graphql } from '../gql';
import type { Audience_AudienceFragment } from '../gql/graphql';
import { enumValues } from '../ui/enumValues';
import { PARTNER_KINDS } from '../ui/partnerEnums';

/*
 * What the pages of sales policies and announcements share, in both portals: kinds, days, the audience (as
 * text, and as the fields of a form), and a document's text.
 */

export const POLICY_KINDS = enumValues(SalesPolicyKind, [
  'PARTNER_AGREEMENT', 'RULES_OF_ENGAGEMENT', 'CONFLICT_RULES', 'PRICE_LIST', 'DISCOUNTS', 'PAYMENT_TERMS', 'OTHER',
]);
export const ANNOUNCEMENT_KINDS = enumValues(AnnouncementKind, ['NEWS', 'CAMPAIGN']);

/** How many documents a list shows at first and each "Load more" adds. */
export const PAGE_SIZE = 20;

/** Today in the viewer's own zone, as the API writes days (YYYY-MM-DD). */
export function localToday(at: Date = new Date()): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A day (YYYY-MM-DD) in the reader's language: the calendar day itself, whatever the time zone. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium' });
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

graphql(`
  fragment Audience_audience on Audience {
    everyone
    kinds
    tiers {
      id
      name
    }
    territories {
      id
      code
      name
    }
  }
`);

/** Who receives a document, in words: every partner, or its tiers, kinds and territories. */
export function audienceText(audience: Audience_AudienceFragment, t: TFunction): string {
  if (audience.everyone) return t('programs.audience.everyone');
  const parts: string[] = [];
  if (audience.tiers.length) parts.push(t('programs.audience.tiers', { names: audience.tiers.map((tier) => tier.name).join(', ') }));
  if (audience.kinds.length) parts.push(t('programs.audience.kinds', { names: audience.kinds.map((kind) => t(`kind.${kind}`)).join(', ') }));
  if (audience.territories.length) parts.push(t('programs.audience.territories', { names: audience.territories.map((territory) => territory.name).join(', ') }));
  return t('programs.audience.partners', { parts: parts.join(', ') });
}

export function AudienceText({ audience, size = 'sm' }: { audience: Audience_AudienceFragment; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Text size={size} c="dimmed" className="break-anywhere" data-testid="audience">
      {t('programs.audience.label')}: {audienceText(audience, t)}
    </Text>
  );
}

const AudienceOptionsQuery = graphql(`
  query AudienceOptions {
    tiers {
      id
      name
    }
    territories {
      id
      code
      name
    }
  }
`);

export interface AudienceValues {
  tierIds: string[];
  kinds: string[];
  territoryIds: string[];
}

export const EVERY_PARTNER: AudienceValues = { tierIds: [], kinds: [], territoryIds: [] };

/** The form's audience as the API takes it. */
export function toAudienceInput(audience: AudienceValues) {
  return { tierIds: audience.tierIds, kinds: audience.kinds as PartnerKind[], territoryIds: audience.territoryIds };
}

/** A document's audience as the form holds it. */
export function audienceValues(audience: Audience_AudienceFragment): AudienceValues {
  return { tierIds: audience.tiers.map((tier) => tier.id), kinds: [...audience.kinds], territoryIds: audience.territories.map((territory) => territory.id) };
}

/** The audience's three choices (form paths audience.tierIds, audience.kinds, audience.territoryIds); none chosen: every partner, and it says so. */
export function AudienceFields<V extends { audience: AudienceValues }>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(AudienceOptionsQuery);
  const audience = form.getValues().audience;
  const everyone = !audience.tierIds.length && !audience.kinds.length && !audience.territoryIds.length;
  const f = form as unknown as UseFormReturnType<{ audience: AudienceValues }>;
  return (
    <Fieldset legend={t('programs.audience.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('programs.audience.hint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <MultiSelect label={t('programs.audience.tierField')} searchable clearable data={data?.tiers.map((tier) => ({ value: tier.id, label: tier.name })) ?? []}
            {...f.getInputProps('audience.tierIds')} />
          <MultiSelect label={t('programs.audience.kindField')} clearable data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            {...f.getInputProps('audience.kinds')} />
          <MultiSelect label={t('programs.audience.territoryField')} searchable clearable
            data={data?.territories.map((territory) => ({ value: territory.id, label: `${territory.name} (${territory.code})` })) ?? []}
            {...f.getInputProps('audience.territoryIds')} />
        </SimpleGrid>
        {error && <Text size="sm" c="red.8" role="alert">{t('programs.audience.optionsFailed')}</Text>}
        <Text size="sm" fw={500} aria-live="polite" data-testid="audience-summary">
          {everyone ? t('programs.audience.everyoneChosen') : t('programs.audience.someChosen')}
        </Text>
      </Stack>
    </Fieldset>
  );
}

/** A document's text: plain text with line breaks, wrapped anywhere on a phone. */
export function DocumentBody({ body }: { body: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" data-testid="document-body">
      {body}
    </Text>
  );
}

export function PolicyKindBadge({ kind }: { kind: SalesPolicyKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="blue" variant="light" miw="max-content" data-testid="policy-kind">
      {t(`programs.policyKind.${kind}`)}
    </Badge>
  );
}

export function AnnouncementKindBadge({ kind }: { kind: AnnouncementKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'CAMPAIGN' ? 'orange' : 'blue'} variant="light" miw="max-content" data-testid="announcement-kind">
      {t(`programs.announcementKind.${kind}`)}
    </Badge>
  );
}

/** Where a version stands: the draft, the one in effect today, one that applies later, or one a later version replaced. */
export type VersionState = 'DRAFT' | 'CURRENT' | 'UPCOMING' | 'SUPERSEDED';

export function versionState(version: { id: string; status: string; effectiveOn: string }, currentId: string | null | undefined, today: string): VersionState {
  if (version.status === 'DRAFT') return 'DRAFT';
  if (version.id === currentId) return 'CURRENT';
  return version.effectiveOn > today ? 'UPCOMING' : 'SUPERSEDED';
}

const STATE_COLOUR: Record<VersionState, string> = { DRAFT: 'gray', CURRENT: 'green', UPCOMING: 'orange', SUPERSEDED: 'gray' };

export function VersionStateBadge({ state }: { state: VersionState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOUR[state]} variant="light" miw="max-content" data-testid="version-state" data-state={state}>
      {t(`programs.versionState.${state}`)}
    </Badge>
  );
}

/** A choice of a few options (a list's filter): side by side, or stacked on a phone where their words would not fit in a row. */
export function ChoiceControl(props: SegmentedControlProps) {
  const narrow = useMediaQuery('(max-width: 36em)');
  return <SegmentedControl {...props} orientation={narrow ? 'vertical' : 'horizontal'} fullWidth={narrow} />;
}

/** An announcements page's kind from its address (?kind=NEWS or ?kind=CAMPAIGN; anything else: every kind), and how to choose another. */
export function useAnnouncementKind(): [AnnouncementKind | null, (kind: AnnouncementKind | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('kind');
  const kind = ANNOUNCEMENT_KINDS.includes(raw as AnnouncementKind) ? (raw as AnnouncementKind) : null;
  const choose = (next: AnnouncementKind | null) => {
    const changed = new URLSearchParams(params);
    if (next) changed.set('kind', next);
    else changed.delete('kind');
    setParams(changed, { replace: true });
  };
  return [kind, choose];
}

/** Every kind, news or campaigns: the announcements lists' filter. */
export function AnnouncementKindFilter({ kind, onChange }: { kind: AnnouncementKind | null; onChange: (kind: AnnouncementKind | null) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>{t('programs.announcements.kindFilter')}</Text>
      <ChoiceControl
        value={kind ?? 'ALL'}
        aria-labelledby={labelId}
        data-testid="announcement-kind-filter"
        style={{ alignSelf: 'flex-start' }}
        onChange={(value) => onChange(value === 'ALL' ? null : (value as AnnouncementKind))}
        data={[{ value: 'ALL', label: t('programs.announcements.allKinds') }, ...ANNOUNCEMENT_KINDS.map((k) => ({ value: k, label: t(`programs.announcementKind.${k}`) }))]}
      />
    </Stack>
  );
}
