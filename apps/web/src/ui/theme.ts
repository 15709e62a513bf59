import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'trellis',
  colors: {
    // A deep green that keeps 4.5:1 contrast for white text on filled buttons (shade 7).
    trellis: ['#e8f6ee', '#d2eadb', '#a5d4b8', '#74bd92', '#4caa72', '#34995d', '#2a8a51', '#1f6e40', '#175a34', '#0c4425'],
  },
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
});

// Mantine's light variants (badges, light buttons) colour their text with shade 6, and its dimmed grey is
// gray.6: both read at about 3:1. These darker texts keep WCAG AA (4.5:1) on the light backgrounds.
const LIGHT_VARIANT_TEXT: Record<string, string> = {
  trellis: 'var(--mantine-color-trellis-9)',
  green: '#237032',
  blue: 'var(--mantine-color-blue-9)',
  orange: '#b03a0a',
  red: '#a61e1e',
  gray: 'var(--mantine-color-gray-8)',
  yellow: '#9c5000',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A file input shows its placeholder as text, which must read at 4.5:1 too (gray.5 reads at about 2.5:1).
    '--mantine-color-placeholder': '#6c757d',
    // Field errors are text: red.6 reads at 3.3:1 on white, this red (red.9) at 5.4:1.
    '--mantine-color-error': '#c92a2a',
    ...Object.fromEntries(Object.entries(LIGHT_VARIANT_TEXT).map(([c, text]) => [`--mantine-color-${c}-light-color`, text])),
  },
  dark: {},
});
