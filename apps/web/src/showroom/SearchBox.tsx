import { useEffect, useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onSearch: (query: string) => void;
  /** Follow typing as it pauses (on the results page); otherwise search on Enter or the button only. */
  live?: boolean;
  autoFocus?: boolean;
}

/** The showroom's search: a labelled search field and a button, so that it works without a pointer and without waiting. */
export function SearchBox({ value, onSearch, live, autoFocus }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  const [debounced] = useDebouncedValue(typed, 350);
  useEffect(() => {
    if (live && debounced === typed && debounced.trim() !== value.trim()) onSearch(debounced);
  }, [debounced]);
  useEffect(() => {
    if (value.trim() !== typed.trim()) setTyped(value);
  }, [value]);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(typed);
      }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label={t('showroom.search')}
          placeholder={t('showroom.searchPlaceholder')}
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 0 }}
          autoFocus={autoFocus}
          data-testid="showroom-search"
        />
        <Button type="submit">{t('showroom.searchButton')}</Button>
      </Group>
    </form>
  );
}
