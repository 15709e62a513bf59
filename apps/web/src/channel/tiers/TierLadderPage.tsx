import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { describeError } from '../../ui/errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../../ui/states';
import { useViewer } from '../../ui/viewer';
import { CriteriaEditor } from './CriteriaEditor';
import { TierBenefits } from './TierBenefits';
import { formatMonth, useTierTexts, WINDOW_MONTHS } from './tierTexts';

graphql(`
  fragment TierLadder_tier on Tier {
    id
    code
    name
    rank
    discountPercent
    leadPriority
    leadAcceptHours
    mdfEligible
    mdfSharePercent
    criteria {
      tierId
      purpose
      metric
      minimum
      currency
    }
  }
`);

export const TierLadderQuery = graphql(`
  query TierLadder {
    tiers {
      ...TierLadder_tier
    }
    tierProgram {
      autoApply
      windowMonths
      evaluatedAt
    }
  }
`);

const UpdateTierProgramMutation = graphql(`
  mutation UpdateTierProgram($input: UpdateTierProgramInput!) {
    updateTierProgram(input: $input) {
      program {
        autoApply
        windowMonths
        evaluatedAt
      }
    }
  }
`);

const EvaluateTiersMutation = graphql(`
  mutation EvaluateTiers {
    evaluateTiers {
      evaluation {
        evaluated
        proposed
        applied
        superseded
        windowStart
        windowEnd
      }
    }
  }
`);

export type LadderTier = ResultOf<typeof TierLadderQuery>['tiers'][number];
type Program = ResultOf<typeof TierLadderQuery>['tierProgram'];
type Evaluation = ResultOf<typeof EvaluateTiersMutation>['evaluateTiers']['evaluation'];

function CriteriaList({ tier, purpose, windowMonths }: { tier: LadderTier; purpose: 'ENTRY' | 'KEEP'; windowMonths: number }) {
  const { t, criterion } = useTierTexts();
  const criteria = tier.criteria.filter((c) => c.purpose === purpose);
  return (
    <div data-testid={purpose === 'ENTRY' ? 'entry-criteria' : 'keep-criteria'}>
      <Title order={4} size="h6">
        {purpose === 'ENTRY' ? t('tiers.entryCriteria') : t('tiers.keepCriteria')}
      </Title>
      {criteria.length === 0 ? (
        <Text size="sm" c="dimmed">
          {purpose === 'ENTRY' ? t('tiers.noEntryCriteria') : t('tiers.noKeepCriteria')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {criteria.map((c) => (
            <List.Item key={`${c.metric}-${c.currency ?? ''}`} data-testid="criterion">
              {criterion(c, windowMonths)}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function TierCard({ tier, windowMonths, canEdit }: { tier: LadderTier; windowMonths: number; canEdit: boolean }) {
  const { t } = useTierTexts();
  const [editing, setEditing] = useState(false);
  const titleId = `tier-${tier.id}-title`;
  return (
    <Paper component="li" withBorder p="md" data-testid="ladder-tier" data-tier-id={tier.id} aria-labelledby={titleId} style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={titleId} className="break-anywhere">
              {tier.name}
            </Title>
            <Text size="sm" c="dimmed">
              {tier.code} · {t('tiers.rankOf', { rank: tier.rank })}
            </Text>
          </div>
          {canEdit && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)} aria-label={t('tiers.editCriteriaOf', { name: tier.name })}>
              {t('tiers.editCriteria')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <div>
            <Title order={4} size="h6">
              {t('tiers.benefits')}
            </Title>
            <TierBenefits tier={tier} />
          </div>
          <CriteriaList tier={tier} purpose="ENTRY" windowMonths={windowMonths} />
          <CriteriaList tier={tier} purpose="KEEP" windowMonths={windowMonths} />
        </SimpleGrid>
        {editing && <CriteriaEditor tier={tier} onDone={() => setEditing(false)} />}
      </Stack>
    </Paper>
  );
}

function ProgramSettings({ program, canEdit }: { program: Program; canEdit: boolean }) {
  const { t } = useTierTexts();
  const [autoApply, setAutoApply] = useState(program.autoApply);
  const [windowMonths, setWindowMonths] = useState(String(program.windowMonths));
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(UpdateTierProgramMutation);
  const changed = autoApply !== program.autoApply || Number(windowMonths) !== program.windowMonths;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await save({ variables: { input: { autoApply, windowMonths: Number(windowMonths) } }, refetchQueries: ['TierLadder'] });
      notifications.show({ color: 'green', message: t('tiers.programSaved'), closeButtonProps: { 'aria-label': t('common.close') } });
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  if (!canEdit) {
    return (
      <Text size="sm" data-testid="program-summary">
        {program.autoApply ? t('tiers.programSummaryAuto', { count: program.windowMonths }) : t('tiers.programSummaryManual', { count: program.windowMonths })}
      </Text>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="program-form">
      <Stack gap="sm">
        <FormAlert message={failure} />
        <Switch label={t('tiers.autoApply')} description={t('tiers.autoApplyHint')} checked={autoApply} onChange={(e) => setAutoApply(e.currentTarget.checked)} />
        <NativeSelect
          label={t('tiers.windowMonths')}
          value={windowMonths}
          onChange={(e) => setWindowMonths(e.currentTarget.value)}
          data={WINDOW_MONTHS.map((m) => ({ value: String(m), label: t('tiers.windowOption', { count: m }) }))}
          maw={240}
        />
        <Group>
          <Button type="submit" variant="light" loading={saving.loading} disabled={!changed}>
            {t('tiers.saveProgram')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EvaluateNow() {
  const { t, language } = useTierTexts();
  const [evaluate, evaluating] = useMutation(EvaluateTiersMutation, { refetchQueries: ['TierLadder', 'TierProposals'] });
  const [result, setResult] = useState<Evaluation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setFailure(null);
    try {
      const { data } = await evaluate();
      setResult(data?.evaluateTiers.evaluation ?? null);
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => void run()} loading={evaluating.loading}>
          {t('tiers.evaluate')}
        </Button>
      </Group>
      <FormAlert message={failure} />
      <div role="status" aria-live="polite">
        {result && (
          <Alert color="teal" data-testid="evaluation-result">
            <Stack gap={4} align="flex-start">
              <Text size="sm">
                {t('tiers.evaluationResult', {
                  evaluated: result.evaluated, proposed: result.proposed, applied: result.applied, superseded: result.superseded,
                  from: formatMonth(result.windowStart, language), to: formatMonth(result.windowEnd, language),
                })}
              </Text>
              <Button component={Link} to="/channel/tiers/proposals" size="xs" variant="light">
                {t('tiers.toProposals')}
              </Button>
            </Stack>
          </Alert>
        )}
      </div>
    </Stack>
  );
}

/** The tier ladder, best first, with the program's settings and "Evaluate now". */
export function TierLadderPage() {
  const { t, language } = useTierTexts();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(TierLadderQuery, { fetchPolicy: 'cache-and-network' });
  const isAdmin = viewer?.role === 'ADMIN';
  const canEvaluate = viewer?.role === 'ADMIN' || viewer?.role === 'CHANNEL_MANAGER';
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const tiers = [...data.tiers].sort((a, b) => b.rank - a.rank);
  const program = data.tierProgram;
  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="tier-program-title">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h3" id="tier-program-title">
              {t('tiers.programTitle')}
            </Title>
            {/* Filled dark shades: the light variant's text misses the contrast ratio (axe). */}
            <Badge variant="filled" color={program.evaluatedAt ? 'teal.9' : 'gray.8'} data-testid="evaluated-at">
              {program.evaluatedAt ? t('tiers.evaluatedAt', { date: formatDateTime(program.evaluatedAt, language) }) : t('tiers.neverEvaluated')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('tiers.programIntro')}
          </Text>
          <ProgramSettings key={`${program.autoApply}-${program.windowMonths}`} program={program} canEdit={isAdmin} />
          {canEvaluate && <EvaluateNow />}
          {!isAdmin && (
            <Text size="xs" c="dimmed">
              {t('tiers.readOnly')}
            </Text>
          )}
        </Stack>
      </Paper>
      <section aria-labelledby="tier-ladder-title">
        <Title order={2} size="h3" id="tier-ladder-title" mb="sm">
          {t('tiers.ladderLabel')}
        </Title>
        {tiers.length === 0 ? (
          <EmptyState title={t('tiers.noTiers')} description={t('tiers.noTiersText')} headingOrder={3} />
        ) : (
          <Stack component="ol" gap="md" p={0} m={0} data-testid="tier-ladder">
            {tiers.map((tier) => (
              <TierCard key={tier.id} tier={tier} windowMonths={program.windowMonths} canEdit={isAdmin} />
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
