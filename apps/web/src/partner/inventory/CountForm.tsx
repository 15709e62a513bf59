import { useRef, useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError, fieldErrors } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { INVENTORY_LEVELS_QUERY } from './InventoryLevels';
import { ProductSearchSelect, type ChosenProduct } from './ProductSearchSelect';
import { countDayProblem, today } from './countDay';

const ReportInventoryMutation = graphql(`
  mutation ReportInventory($input: ReportInventoryInput!) {
    reportInventory(input: $input) {
      report {
        changedCount
        unchangedCount
      }
    }
  }
`);

const MAX_ON_HAND = 1_000_000_000;
const MAX_LINES = 200;
const unitsOk = (value: number | string) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_ON_HAND;

interface CountLine extends ChosenProduct {
  onHand: number | string;
}

/**
 * A count of a few products typed without the mouse: find a product, Enter, its units, Enter, and the next
 * product. Counting a product again on the same day corrects that day's count.
 */
export function CountForm({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(today);
  const [lines, setLines] = useState<CountLine[]>([]);
  const [chosen, setChosen] = useState<ChosenProduct | null>(null);
  const [units, setUnits] = useState<number | string>('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<{ changedCount: number; unchangedCount: number } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const unitsRef = useRef<HTMLInputElement>(null);
  const [report, { loading }] = useMutation(ReportInventoryMutation, { refetchQueries: [INVENTORY_LEVELS_QUERY], awaitRefetchQueries: true });

  const add = () => {
    if (!chosen) {
      setProblems({ product: t('inventory.chooseProduct') });
      searchRef.current?.focus();
      return;
    }
    if (!unitsOk(units)) {
      setProblems({ units: t('inventory.unitsRange') });
      unitsRef.current?.focus();
      return;
    }
    if (!lines.some((l) => l.id === chosen.id) && lines.length >= MAX_LINES) {
      setProblems({ product: t('inventory.tooManyLines', { max: MAX_LINES }) });
      return;
    }
    // The same product again: its units are replaced, as a second count of it would.
    setLines((all) => (all.some((l) => l.id === chosen.id) ? all.map((l) => (l.id === chosen.id ? { ...l, onHand: units } : l)) : [...all, { ...chosen, onHand: units }]));
    setProblems({});
    setRecorded(null);
    setChosen(null);
    setUnits('');
    searchRef.current?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setRecorded(null);
    const found: Record<string, string> = {};
    const dayProblem = countDayProblem(day);
    if (dayProblem) found.countedOn = t(`inventory.day_${dayProblem}`);
    if (lines.length === 0) found.product = t('inventory.linesRequired');
    lines.forEach((line, i) => {
      if (!unitsOk(line.onHand)) found[`lines.${i}.onHand`] = t('inventory.unitsRange');
    });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await report({ variables: { input: { partnerId, countedOn: day, lines: lines.map((l) => ({ productId: l.id, onHand: Number(l.onHand) })) } } });
      if (!data) return;
      setRecorded(data.reportInventory.report);
      setLines([]);
    } catch (error) {
      // The day and a line's units show at their fields; anything else (a product the catalog lost) above the form, by name.
      const atFields: Record<string, string> = {};
      const elsewhere: string[] = [];
      for (const { field, reason } of fieldErrors(error)) {
        const path = field.replace(/^input\./, '');
        const line = /^lines\.(\d+)\.(\w+)$/.exec(path);
        if (path === 'countedOn' || line?.[2] === 'onHand') atFields[path] = reason;
        else elsewhere.push(line ? `${lines[Number(line[1])]?.name ?? path}: ${reason}` : `${path}: ${reason}`);
      }
      setProblems(atFields);
      if (elsewhere.length > 0) setFailure(elsewhere.join('\n'));
      else if (Object.keys(atFields).length === 0) setFailure(describeError(error));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="inventory-count-title">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="inventory-count-form">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="inventory-count-title">{t('inventory.countTitle')}</Title>
            <Text size="sm" c="dimmed">{t('inventory.countIntro')}</Text>
          </div>
          <FormAlert message={failure} />
          <TextInput type="date" label={t('inventory.day')} required max={today()} value={day} w={200}
            onChange={(event) => setDay(event.currentTarget.value)} error={problems.countedOn} data-testid="inventory-count-day" />
          <Group align="flex-start" gap="xs" wrap="wrap">
            <ProductSearchSelect
              ref={searchRef}
              label={t('inventory.product')}
              value={chosen?.id ?? null}
              onChange={(product) => {
                setChosen(product);
                setProblems({});
                // Once Mantine has closed the list: the units, selected, so that typing replaces them.
                if (product) setTimeout(() => unitsRef.current?.select(), 0);
              }}
              // Enter never sends the form here: it takes the highlighted product (Mantine does).
              onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
              error={problems.product}
              style={{ flex: '1 1 18rem' }}
              data-testid="inventory-count-product"
            />
            <NumberInput
              ref={unitsRef}
              label={t('inventory.units')}
              min={0}
              max={MAX_ON_HAND}
              allowDecimal={false}
              allowNegative={false}
              value={units}
              onChange={setUnits}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                add();
              }}
              error={problems.units}
              w={140}
              data-testid="inventory-count-units"
            />
            <Button mt={25} variant="light" onClick={add} data-testid="inventory-count-add">{t('inventory.addLine')}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t('inventory.addHint')}</Text>
          {lines.length > 0 && (
            <Table.ScrollContainer minWidth={320} type="native" tabIndex={0} aria-label={t('inventory.countLines')}>
              <Table verticalSpacing={4}>
                <Table.Tbody>
                  {lines.map((line, index) => (
                    <Table.Tr key={line.id} data-testid="inventory-count-line">
                      <Table.Td className="break-anywhere">
                        <Text size="sm" fw={600}>{line.name}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">{line.sku}</Text>
                      </Table.Td>
                      <Table.Td w={150}>
                        <NumberInput aria-label={t('inventory.unitsOf', { name: line.name })} min={0} max={MAX_ON_HAND} allowDecimal={false} allowNegative={false}
                          value={line.onHand} error={problems[`lines.${index}.onHand`]}
                          onChange={(value) => setLines((all) => all.map((l) => (l.id === line.id ? { ...l, onHand: value } : l)))} />
                      </Table.Td>
                      <Table.Td w={50}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('inventory.removeNamed', { name: line.name })}
                          onClick={() => setLines((all) => all.filter((l) => l.id !== line.id))}>
                          <span aria-hidden>×</span>
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <Button type="submit" loading={loading} data-testid="inventory-count-submit">{t('inventory.record')}</Button>
          </Group>
          {recorded && (
            <Alert color="green" title={t('inventory.recordedTitle')} role="status" data-testid="inventory-count-done">
              {t('inventory.recorded', { changed: recorded.changedCount, unchanged: recorded.unchangedCount })}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
