import type { CSSProperties } from 'react';

type Rgb = [number, number, number];

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2). */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (rgb: Rgb) => 1.05 / (luminance(rgb) + 0.05);

// Above AA's 4.5:1, so that the same colour as text on its own 10% tint (light buttons, badges) still passes.
const TARGET_CONTRAST = 5.3;
const FALLBACK = '#1f6e40';

/**
 * The showroom's accent as colours that keep white text readable: a partner may pick any colour, a light
 * one is darkened (in its own hue) until white text on it passes WCAG AA with room to spare.
 */
export function accentPalette(accent: string) {
  let rgb = toRgb(/^#[0-9a-f]{6}$/i.test(accent) ? accent : FALLBACK);
  for (let i = 0; i < 40 && contrastWithWhite(rgb) < TARGET_CONTRAST; i++) rgb = rgb.map((c) => c * 0.94) as Rgb;
  const [r, g, b] = rgb;
  return {
    strong: toHex(rgb),
    hover: toHex(rgb.map((c) => c * 0.86) as Rgb),
    light: `rgba(${r.toFixed(0)}, ${g.toFixed(0)}, ${b.toFixed(0)}, 0.1)`,
    lightHover: `rgba(${r.toFixed(0)}, ${g.toFixed(0)}, ${b.toFixed(0)}, 0.16)`,
  };
}

/**
 * Mantine's primary colour variables, re-pointed at the accent for everything inside the showroom: filled
 * and light buttons, links, the focus ring and the selected facet all take the partner's colour.
 */
export function accentVariables(accent: string): CSSProperties {
  const palette = accentPalette(accent);
  return {
    // Components without a colour of their own read the primary-colour variables; those with color="trellis" the named ones.
    '--mantine-primary-color-filled': palette.strong,
    '--mantine-primary-color-filled-hover': palette.hover,
    '--mantine-primary-color-light': palette.light,
    '--mantine-primary-color-light-hover': palette.lightHover,
    '--mantine-primary-color-light-color': palette.strong,
    '--mantine-color-trellis-filled': palette.strong,
    '--mantine-color-trellis-filled-hover': palette.hover,
    '--mantine-color-trellis-light': palette.light,
    '--mantine-color-trellis-light-hover': palette.lightHover,
    '--mantine-color-trellis-light-color': palette.strong,
    '--mantine-color-trellis-7': palette.strong,
    '--mantine-color-trellis-0': palette.light,
    '--mantine-color-anchor': palette.strong,
  } as CSSProperties;
}
