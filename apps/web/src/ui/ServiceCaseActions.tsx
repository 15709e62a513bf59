import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ServiceCaseStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { ServiceCaseDetail_ServiceCaseFragment } from '../gql/graphql';
import { describeError, errorCode } from './errors';
import { MOVE_TARGET, serviceMoves, type ServiceMove } from './serviceMoves';
import { ServiceArticlePicker } from './ServiceArticles';
import { FormAlert } from './states';
import { useViewer } from './viewer';

// Each move answers the case as it is now: the page shows it from the cache at once; the list reads itself
// again when shown next (cache-and-network).
const StartServiceCase = graphql(`
  mutation StartServiceCase($input: ServiceCaseNoteInput!) {
    startServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const WaitForCustomer = graphql(`
  mutation WaitForCustomer($input: ServiceCaseNoteInput!) {
    waitForCustomer(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const ResumeServiceCase = graphql(`
  mutation ResumeServiceCase($input: ServiceCaseNoteInput!) {
    resumeServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const ResolveServiceCase = graphql(`
  mutation ResolveServiceCase($input: ResolveServiceCaseInput!) {
    resolveServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const ReopenServiceCase = graphql(`
  mutation ReopenServiceCase($input: ServiceCaseNoteInput!) {
    reopenServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const CloseServiceCase = graphql(`
  mutation CloseServiceCase($input: CloseServiceCaseInput!) {
    closeServiceCase(input: $input) {
      serviceCase {
        ...ServiceCaseDetail_serviceCase
      }
    }
  }
`);

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** The status a refused move found, when the case changed meanwhile (another tab, a colleague). */
function statusFound(error: unknown): ServiceCaseStatus | null {
  if (!CombinedGraphQLErrors.is(error) || errorCode(error) !== 'CONFLICT') return null;
  const status = error.errors[0]?.extensions?.status;
  return typeof status === 'string' ? (status as ServiceCaseStatus) : null;
}

/**
 * The moves the viewer may make on the case now (serviceMoves: the API's own rules), each behind a dialog with
 * an optional note for the timeline; resolving names the solution article that helped, closing the customer's
 * satisfaction when they gave it. None at all for brand staff, or for a closed case.
 */
export function ServiceCaseActions({ serviceCase }: { serviceCase: ServiceCaseDetail_ServiceCaseFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const moves = serviceMoves(viewer, serviceCase.status);
  const [open, setOpen] = useState<ServiceMove | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [articleId, setArticleId] = useState<string | null>(null);
  const [satisfaction, setSatisfaction] = useState('');

  const [start, starting] = useMutation(StartServiceCase);
  const [wait, waiting] = useMutation(WaitForCustomer);
  const [resume, resuming] = useMutation(ResumeServiceCase);
  const [resolve, resolving] = useMutation(ResolveServiceCase);
  const [reopen, reopening] = useMutation(ReopenServiceCase);
  const [close, closing] = useMutation(CloseServiceCase);
  const busy = [starting, waiting, resuming, resolving, reopening, closing].some((m) => m.loading);

  if (moves.length === 0) return null;
  const { number, id: caseId } = serviceCase;

  const show = (move: ServiceMove) => {
    setFailure(null);
    setNote('');
    setArticleId(serviceCase.solutionArticle?.id ?? null);
    setSatisfaction('');
    setOpen(move);
  };
  const hide = () => {
    if (!busy) setOpen(null);
  };

  const send = async (move: ServiceMove) => {
    setFailure(null);
    const base = { caseId, note: note.trim() || null };
    try {
      if (move === 'start') await start({ variables: { input: base } });
      else if (move === 'waitForCustomer') await wait({ variables: { input: base } });
      else if (move === 'resume') await resume({ variables: { input: base } });
      else if (move === 'resolve') await resolve({ variables: { input: { ...base, solutionArticleId: articleId } } });
      else if (move === 'reopen') await reopen({ variables: { input: base } });
      else await close({ variables: { input: { ...base, satisfaction: satisfaction ? Number(satisfaction) : null } } });
      setOpen(null);
      notifications.show({
        color: 'green', closeButtonProps: { 'aria-label': t('common.close') },
        message: t('service.movedTo', { number, status: t(`service.status.${MOVE_TARGET[move]}`) }),
      });
    } catch (error) {
      const found = statusFound(error);
      setFailure(found && found !== serviceCase.status ? t('service.changedMeanwhile', { status: t(`service.status.${found}`) }) : describeError(error));
    }
  };

  return (
    <Group gap="xs" wrap="wrap" data-testid="service-actions">
      {moves.map((move) => (
        // The lifecycle's way forward leads; going back (reopening) is quieter.
        <Button key={move} variant={move === 'reopen' ? 'default' : 'filled'} disabled={busy} onClick={() => show(move)} data-move={move}>
          {t(`service.move.${move}`)}
        </Button>
      ))}
      {open && (
        <Modal opened onClose={hide} title={t(`service.moveTitle.${open}`, { number })} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) void send(open);
            }}
            data-testid="service-move-dialog"
          >
            <Stack>
              <Text size="sm">{t(`service.moveText.${open}`)}</Text>
              {open === 'resolve' && (
                <ServiceArticlePicker label={t('service.solutionArticle')} value={articleId} onChange={setArticleId}
                  initial={serviceCase.solutionArticle ? { id: serviceCase.solutionArticle.id, title: serviceCase.solutionArticle.title } : null} />
              )}
              {open === 'close' && (
                <Radio.Group label={t('service.satisfaction')} description={t('service.satisfactionHint')} value={satisfaction} onChange={setSatisfaction}>
                  <Group mt="xs" gap="md">
                    <Radio value="" label={t('service.satisfactionNotGiven')} />
                    {SCORES.map((score) => (
                      <Radio key={score} value={score} label={score} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
              <Textarea label={t('service.note')} description={t('service.noteHint')} maxLength={1000} autosize minRows={2}
                data-autofocus={open !== 'resolve' && open !== 'close' ? true : undefined} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
              <FormAlert message={failure} />
              <Group justify="flex-end">
                <Button variant="default" onClick={hide}>
                  {t('service.back')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t(`service.move.${open}`)}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
    </Group>
  );
}
