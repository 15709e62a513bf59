import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { PartnerOnboardingQuery } from '../gql/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { describeError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { ErrorState, LoadingState } from '../ui/states';
import { forgetPartnerLists } from './partnerCache';

graphql(`
  fragment OnboardingChecklist_partner on Partner {
    id
    name
    status
    onboarding {
      completed
      total
      complete
      steps {
        code
        title
        position
        checkedBy
        done
        doneAt
        how
      }
    }
  }
`);

const PartnerOnboardingQuery = graphql(`
  query PartnerOnboarding($id: ID!) {
    partner(id: $id) {
      id
      ...OnboardingChecklist_partner
    }
  }
`);

// The partner's status, next moves and history change with the last step: the page's other cards follow.
const CompleteOnboardingStep = graphql(`
  mutation CompleteOnboardingStep($input: CompleteOnboardingStepInput!) {
    completeOnboardingStep(input: $input) {
      partner {
        id
        ...OnboardingChecklist_partner
        ...PartnerStatus_partner
        ...PartnerHistory_partner
      }
    }
  }
`);

const ActivateFromChecklist = graphql(`
  mutation ActivatePartnerFromChecklist($input: PartnerTransitionInput!) {
    activatePartner(input: $input) {
      partner {
        id
        ...OnboardingChecklist_partner
        ...PartnerStatus_partner
        ...PartnerHistory_partner
      }
    }
  }
`);

type Partner = PartnerOnboardingQuery['partner'];
type Step = Partner['onboarding']['steps'][number];

const KNOWN_STEPS = ['AGREEMENT', 'TRAINING', 'SHOWROOM', 'OFFER'] as const;
type KnownStep = (typeof KNOWN_STEPS)[number];
const known = (code: string): code is KnownStep => (KNOWN_STEPS as readonly string[]).includes(code);

/** Where a partner's own users do a step themselves. */
const PARTNER_LINKS: Partial<Record<KnownStep, string>> = { AGREEMENT: '/partner/policies', SHOWROOM: '/partner/showroom', OFFER: '/partner/offers' };

/** Steps a channel manager may tick by hand (the API refuses the others: they follow from the partner's data). */
const TICKABLE = ['MANUAL', 'TRAINING'];

interface Props {
  partnerId: string;
  /** A channel writer: ticks steps and may activate the partner anyway. */
  canEdit?: boolean;
  /** The partner's own home: what to do for each step; `manager`: with links to the pages where it is done. */
  forPartner?: { manager: boolean };
}

function StepItem({ step, partner, canTick, forPartner }: { step: Step; partner: Partner; canTick: boolean; forPartner?: Props['forPartner'] }) {
  const { t, i18n } = useTranslation();
  const [tick, { loading }] = useMutation(CompleteOnboardingStep, { update: forgetPartnerLists });
  const title = known(step.code) ? t(`applications.onboarding.steps.${step.code}`) : step.title;
  const complete = async () => {
    try {
      const { data } = await tick({ variables: { input: { partnerId: partner.id, step: step.code } } });
      const after = data?.completeOnboardingStep.partner;
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'green',
        message: after?.status === 'ACTIVE' ? t('applications.onboarding.nowActive', { name: partner.name }) : t('applications.onboarding.ticked', { step: title }),
      });
    } catch (error) {
      notifications.show({ closeButtonProps: { 'aria-label': t('common.close') }, color: 'red', title: t('states.errorTitle'), message: describeError(error) });
    }
  };
  const link = forPartner?.manager && known(step.code) ? PARTNER_LINKS[step.code] : undefined;
  return (
    <Paper component="li" withBorder p="xs" data-testid="onboarding-step" data-code={step.code} data-done={step.done}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text fw={600} size="sm" className="break-anywhere" data-testid="onboarding-step-title">
            {step.position}. {title}
          </Text>
          {step.done && step.doneAt ? (
            <Text size="xs" c="dimmed">
              {t('applications.onboarding.doneAt', { date: formatDateTime(step.doneAt, i18n.language) })}
              {step.how ? ` · ${t(`applications.onboarding.how.${step.how}`)}` : ''}
            </Text>
          ) : null}
          {!step.done && forPartner && known(step.code) && (
            <Text size="xs">
              {t(`applications.onboarding.hints.${step.code}`)}{' '}
              {link && (
                <Anchor component={Link} to={link} size="xs" underline="always">
                  {t(`applications.onboarding.links.${step.code as 'AGREEMENT' | 'SHOWROOM' | 'OFFER'}`)}
                </Anchor>
              )}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Badge color={step.done ? 'green' : 'gray'} variant="light" miw="max-content" data-testid="onboarding-step-state">
            {step.done ? t('applications.onboarding.done') : t('applications.onboarding.notDone')}
          </Badge>
          {canTick && !step.done && TICKABLE.includes(step.checkedBy) && (
            <Button size="xs" variant="light" loading={loading} onClick={() => void complete()} aria-label={t('applications.onboarding.tickLabel', { step: title })}>
              {t('applications.onboarding.tick')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function ActivateAnyway({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const [activate] = useMutation(ActivateFromChecklist, { update: forgetPartnerLists });
  const { completed, total } = partner.onboarding;
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await activate({ variables: { input: { partnerId: partner.id, reason: t('applications.onboarding.activateReason') } } });
      notifications.show({ closeButtonProps: { 'aria-label': t('common.close') }, color: 'green', message: t('applications.onboarding.activated', { name: partner.name }) });
      return true;
    } catch (error) {
      notifications.show({ closeButtonProps: { 'aria-label': t('common.close') }, color: 'red', title: t('states.errorTitle'), message: describeError(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Text size="xs" c="dimmed">
        {t('applications.onboarding.activateNote')}
      </Text>
      <ConfirmButton
        size="xs"
        variant="default"
        loading={busy}
        title={t('applications.onboarding.activateTitle', { name: partner.name })}
        message={t('applications.onboarding.activateConfirm', { name: partner.name, left: total - completed, total })}
        confirmLabel={t('applications.onboarding.activate')}
        confirmColor="blue.8"
        onConfirm={confirm}
      >
        {t('applications.onboarding.activate')}
      </ConfirmButton>
    </Stack>
  );
}

/**
 * A partner's onboarding checklist: its steps in order, each done or not (in words) and when, and how far it
 * is. Channel writers tick the steps done by hand (a training, the brand's own steps) and may activate the
 * partner before every step is done; the partner's own users see what is left for them to do.
 */
export function OnboardingChecklist({ partnerId, canEdit = false, forPartner }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnerOnboardingQuery, { variables: { id: partnerId }, fetchPolicy: 'cache-and-network' });
  const body = () => {
    if (!data && loading) return <LoadingState />;
    if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return null;
  };
  const partner = data?.partner;
  // Only while the partner is being onboarded, or once its checklist was completed (it stays as a record).
  if (partner && partner.status !== 'ONBOARDING' && !(partner.onboarding.complete && partner.onboarding.total > 0)) return null;
  const onboarding = partner?.onboarding;
  const onboardingNow = partner?.status === 'ONBOARDING';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="onboarding-checklist-title" data-testid="onboarding-checklist">
      <Stack gap="sm">
        <Title order={2} size="h4" id="onboarding-checklist-title">
          {t('applications.onboarding.title')}
        </Title>
        {body()}
        {partner && onboarding && (
          <>
            {forPartner && onboardingNow && <Text size="sm">{t('applications.onboarding.partnerIntro')}</Text>}
            {onboarding.total === 0 ? (
              <Text size="sm">{t('applications.onboarding.noSteps')}</Text>
            ) : (
              <>
                <Stack gap={4}>
                  <Text size="sm" fw={600} data-testid="onboarding-progress" aria-live="polite">
                    {onboarding.complete ? t('applications.onboarding.complete') : t('applications.onboarding.progress', { completed: onboarding.completed, total: onboarding.total })}
                  </Text>
                  <Progress value={(onboarding.completed / onboarding.total) * 100} color={onboarding.complete ? 'green' : 'blue'}
                    aria-label={`${t('applications.onboarding.progressLabel')}: ${t('applications.onboarding.progress', { completed: onboarding.completed, total: onboarding.total })}`} />
                </Stack>
                <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('applications.onboarding.stepsLabel')}>
                  {[...onboarding.steps].sort((a, b) => a.position - b.position).map((step) => (
                    <StepItem key={step.code} step={step} partner={partner} canTick={canEdit && onboardingNow} forPartner={forPartner} />
                  ))}
                </Stack>
              </>
            )}
            {canEdit && onboardingNow && (
              <>
                <Text size="xs" c="dimmed">{t('applications.onboarding.autoNote')}</Text>
                <ActivateAnyway partner={partner} />
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
