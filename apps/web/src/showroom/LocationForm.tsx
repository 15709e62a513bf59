import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { query } from '../publicClient';
import type { PlacesQuery } from '../gql/graphql';
import { describeError } from '../ui/errors';
import { DEFAULT_RADIUS_KM, RADII_KM, setVisitorLocation, useVisitorLocation } from './visitorLocation';

const PlacesQueryDocument = graphql(`
  query Places($text: String!) {
    places(text: $text) {
      name
      country
      region
      kind
      postalPrefix
      latitude
      longitude
    }
  }
`);

type Place = PlacesQuery['places'][number];

/** A postal prefix as codes are written there: Polish 310 is 31-0…. */
const prefixLabel = (place: Place) =>
  place.country === 'PL' && place.postalPrefix.length > 2 ? `${place.postalPrefix.slice(0, 2)}-${place.postalPrefix.slice(2)}` : place.postalPrefix;

const placeLabel = (place: Place) =>
  place.kind === 'POSTAL_AREA' ? `${prefixLabel(place)}… ${place.name} (${place.country})` : `${place.name} (${place.region}, ${place.country})`;

/**
 * Where to look for partners: a typed city or postal code (through the gazetteer), or the visitor's own
 * position when they allow it; and how far.
 */
export function LocationForm({ submitLabel }: { submitLabel: string }) {
  const { t } = useTranslation();
  const location = useVisitorLocation();
  const [radiusKm, setRadiusKm] = useState<number>(location?.radiusKm ?? DEFAULT_RADIUS_KM);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [others, setOthers] = useState<Place[]>([]);
  const [busy, setBusy] = useState<'place' | 'position' | null>(null);

  const choose = (place: Place, radius = radiusKm) =>
    setVisitorLocation({ label: placeLabel(place), latitude: place.latitude, longitude: place.longitude, radiusKm: radius });

  async function findPlace() {
    setProblem(null);
    setOthers([]);
    if (text.trim().length < 2) {
      setProblem(t('locator.tooShort'));
      return;
    }
    setBusy('place');
    try {
      const data = await query(PlacesQueryDocument, { text: text.trim() });
      const places = data.places;
      if (places.length === 0) setProblem(t('locator.noPlace', { text: text.trim() }));
      else {
        choose(places[0]!);
        setOthers(places.slice(1));
      }
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  function usePosition() {
    setProblem(null);
    setOthers([]);
    if (!('geolocation' in navigator)) {
      setProblem(t('locator.noGeolocation'));
      return;
    }
    setBusy('position');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setBusy(null);
        setVisitorLocation({ label: t('locator.yourPosition'), latitude: position.coords.latitude, longitude: position.coords.longitude, radiusKm });
      },
      (failure) => {
        setBusy(null);
        setProblem(failure.code === failure.PERMISSION_DENIED ? t('locator.positionDenied') : t('locator.positionFailed'));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void findPlace();
        }}
        noValidate
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('locator.place')}
            placeholder={t('locator.placeholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={problem}
            autoComplete="address-level2"
            style={{ flex: '1 1 14rem' }}
            data-testid="locator-place"
          />
          <NativeSelect
            label={t('locator.radius')}
            value={String(radiusKm)}
            onChange={(event) => {
              const radius = Number(event.currentTarget.value);
              setRadiusKm(radius);
              if (location) setVisitorLocation({ ...location, radiusKm: radius });
            }}
            data={RADII_KM.map((km) => ({ value: String(km), label: t('locator.km', { km }) }))}
            w={110}
          />
          <Button type="submit" loading={busy === 'place'}>
            {submitLabel}
          </Button>
        </Group>
      </form>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={usePosition} loading={busy === 'position'}>
          {t('locator.usePosition')}
        </Button>
        {location && (
          <Text size="sm" aria-live="polite" data-testid="locator-place-chosen">
            {t('locator.near', { place: location.label })}
          </Text>
        )}
      </Group>
      {others.length > 0 && (
        <Group gap={6} aria-label={t('locator.otherPlaces')} role="group">
          <Text size="sm" c="dimmed">{t('locator.otherPlaces')}</Text>
          {others.map((place) => (
            <Button key={`${place.kind}-${place.country}-${place.postalPrefix}-${place.name}`} size="compact-sm" variant="light" onClick={() => choose(place)}>
              {placeLabel(place)}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
