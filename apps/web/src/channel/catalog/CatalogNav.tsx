import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const SECTIONS = [
  { to: '/channel/catalog', label: 'products', end: false },
  { to: '/channel/catalog/categories', label: 'categories', end: true },
  { to: '/channel/catalog/import', label: 'import', end: true },
] as const;

/** The catalog's three pages, one click apart. */
export function CatalogNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = (to: string) =>
    to === '/channel/catalog' ? pathname === to || pathname.startsWith('/channel/catalog/products') : pathname === to;
  return (
    <Group gap="xs" component="nav" aria-label={t('catalog.sections')}>
      {SECTIONS.map((section) => (
        <Button
          key={section.to}
          component={Link}
          to={section.to}
          size="xs"
          variant={current(section.to) ? 'filled' : 'default'}
          aria-current={current(section.to) ? 'page' : undefined}
        >
          {t(`catalog.${section.label}`)}
        </Button>
      ))}
    </Group>
  );
}
