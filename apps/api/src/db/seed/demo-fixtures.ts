import { createHash } from 'node:crypto';
import { PartnerKind } from '../../modules/partners/partner.entity';

/** The demo channel: a maker of professional power tools selling through partners in four countries. */
export const DEMO_PASSWORD = 'trellis-demo-1';

export const DEMO_TIERS = [
  { code: 'REGISTERED', name: 'Registered', rank: 1, discountPercent: 0, mdfEligible: false, leadPriority: 0, leadAcceptHours: 72, maxOpenLeads: 10 },
  { code: 'SILVER', name: 'Silver', rank: 2, discountPercent: 5, mdfEligible: false, leadPriority: 10, leadAcceptHours: 48, maxOpenLeads: 25 },
  { code: 'GOLD', name: 'Gold', rank: 3, discountPercent: 10, mdfEligible: true, leadPriority: 20, leadAcceptHours: 24, maxOpenLeads: 50 },
  { code: 'PLATINUM', name: 'Platinum', rank: 4, discountPercent: 15, mdfEligible: true, leadPriority: 30, leadAcceptHours: 12, maxOpenLeads: null },
];

export const DEMO_TERRITORIES = [
  { code: 'PL-NORTH', name: 'Poland North', countries: ['PL'], regions: ['Pomorskie', 'Zachodniopomorskie', 'Warmińsko-Mazurskie'], postalPrefixes: ['7', '8'] },
  { code: 'PL-SOUTH', name: 'Poland South', countries: ['PL'], regions: ['Małopolskie', 'Śląskie', 'Podkarpackie'], postalPrefixes: ['3', '4'] },
  { code: 'PL-CENTRAL', name: 'Poland Central', countries: ['PL'], regions: ['Mazowieckie', 'Łódzkie', 'Wielkopolskie'], postalPrefixes: ['0', '6', '9'] },
  { code: 'DE-NORTH', name: 'Germany North', countries: ['DE'], regions: ['Hamburg', 'Bremen', 'Niedersachsen', 'Berlin'], postalPrefixes: ['1', '2', '3'] },
  { code: 'DE-SOUTH', name: 'Germany South', countries: ['DE'], regions: ['Bayern', 'Baden-Württemberg', 'Hessen'], postalPrefixes: ['6', '7', '8', '9'] },
  { code: 'CZ', name: 'Czechia', countries: ['CZ'], regions: [], postalPrefixes: [] },
  { code: 'CN-EAST', name: 'China East', countries: ['CN'], regions: ['Shanghai', 'Jiangsu', 'Zhejiang'], postalPrefixes: ['2', '3'] },
  { code: 'CN-SOUTH', name: 'China South', countries: ['CN'], regions: ['Guangdong', 'Fujian'], postalPrefixes: ['5'] },
];

export const DEMO_BRAND_USERS = [
  { email: 'admin@trellis.demo', displayName: 'Ada Admin', role: 'ADMIN' },
  { email: 'channel@trellis.demo', displayName: 'Anna Nowak', role: 'CHANNEL_MANAGER' },
  { email: 'channel2@trellis.demo', displayName: 'Jonas Weber', role: 'CHANNEL_MANAGER' },
  { email: 'analyst@trellis.demo', displayName: 'Li Wei', role: 'ANALYST' },
] as const;

export interface DemoCity {
  city: string;
  country: string;
  region: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  territory: string;
}

export const DEMO_CITIES: DemoCity[] = [
  { city: 'Warszawa', country: 'PL', region: 'Mazowieckie', postalCode: '00-001', latitude: 52.2297, longitude: 21.0122, territory: 'PL-CENTRAL' },
  { city: 'Kraków', country: 'PL', region: 'Małopolskie', postalCode: '30-001', latitude: 50.0647, longitude: 19.945, territory: 'PL-SOUTH' },
  { city: 'Gdańsk', country: 'PL', region: 'Pomorskie', postalCode: '80-001', latitude: 54.352, longitude: 18.6466, territory: 'PL-NORTH' },
  { city: 'Poznań', country: 'PL', region: 'Wielkopolskie', postalCode: '60-001', latitude: 52.4064, longitude: 16.9252, territory: 'PL-CENTRAL' },
  { city: 'Katowice', country: 'PL', region: 'Śląskie', postalCode: '40-001', latitude: 50.2649, longitude: 19.0238, territory: 'PL-SOUTH' },
  { city: 'Łódź', country: 'PL', region: 'Łódzkie', postalCode: '90-001', latitude: 51.7592, longitude: 19.456, territory: 'PL-CENTRAL' },
  { city: 'Szczecin', country: 'PL', region: 'Zachodniopomorskie', postalCode: '70-001', latitude: 53.4285, longitude: 14.5528, territory: 'PL-NORTH' },
  { city: 'Rzeszów', country: 'PL', region: 'Podkarpackie', postalCode: '35-001', latitude: 50.0412, longitude: 21.9991, territory: 'PL-SOUTH' },
  { city: 'Berlin', country: 'DE', region: 'Berlin', postalCode: '10115', latitude: 52.52, longitude: 13.405, territory: 'DE-NORTH' },
  { city: 'Hamburg', country: 'DE', region: 'Hamburg', postalCode: '20095', latitude: 53.5511, longitude: 9.9937, territory: 'DE-NORTH' },
  { city: 'München', country: 'DE', region: 'Bayern', postalCode: '80331', latitude: 48.1351, longitude: 11.582, territory: 'DE-SOUTH' },
  { city: 'Stuttgart', country: 'DE', region: 'Baden-Württemberg', postalCode: '70173', latitude: 48.7758, longitude: 9.1829, territory: 'DE-SOUTH' },
  { city: 'Frankfurt am Main', country: 'DE', region: 'Hessen', postalCode: '60311', latitude: 50.1109, longitude: 8.6821, territory: 'DE-SOUTH' },
  { city: 'Hannover', country: 'DE', region: 'Niedersachsen', postalCode: '30159', latitude: 52.3759, longitude: 9.732, territory: 'DE-NORTH' },
  { city: 'Praha', country: 'CZ', region: 'Praha', postalCode: '110 00', latitude: 50.0755, longitude: 14.4378, territory: 'CZ' },
  { city: 'Brno', country: 'CZ', region: 'Jihomoravský', postalCode: '602 00', latitude: 49.1951, longitude: 16.6068, territory: 'CZ' },
  { city: 'Ostrava', country: 'CZ', region: 'Moravskoslezský', postalCode: '702 00', latitude: 49.8209, longitude: 18.2625, territory: 'CZ' },
  { city: 'Shanghai', country: 'CN', region: 'Shanghai', postalCode: '200000', latitude: 31.2304, longitude: 121.4737, territory: 'CN-EAST' },
  { city: 'Hangzhou', country: 'CN', region: 'Zhejiang', postalCode: '310000', latitude: 30.2741, longitude: 120.1551, territory: 'CN-EAST' },
  { city: 'Suzhou', country: 'CN', region: 'Jiangsu', postalCode: '215000', latitude: 31.2989, longitude: 120.5853, territory: 'CN-EAST' },
  { city: 'Guangzhou', country: 'CN', region: 'Guangdong', postalCode: '510000', latitude: 23.1291, longitude: 113.2644, territory: 'CN-SOUTH' },
  { city: 'Shenzhen', country: 'CN', region: 'Guangdong', postalCode: '518000', latitude: 22.5431, longitude: 114.0579, territory: 'CN-SOUTH' },
];

/** A partner's own address: demo partners sit in their city's districts and suburbs, not on its centre. */
export interface DemoAddress {
  street: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
}

/**
 * Real streets with their postal codes and approximate points, handed to a city's partners in the order they
 * are created (Krak-Tool first in Kraków). Other cities' partners get a street of the country's usual names and a
 * point a few kilometres from the centre. From Kraków's Stare Miasto (31-0..) a visitor sees 2.1, 4.1 and 11.0 km.
 */
export const DEMO_ADDRESSES: Record<string, DemoAddress[]> = {
  'Kraków': [
    { street: 'ul. Zabłocie 20', postalCode: '30-701', city: 'Kraków', latitude: 50.0487, longitude: 19.9592 },
    { street: 'ul. Balicka 56', postalCode: '30-149', city: 'Kraków', latitude: 50.0822, longitude: 19.889 },
    { street: 'ul. Krakowska 40', postalCode: '32-020', city: 'Wieliczka', latitude: 49.991, longitude: 20.045 },
    { street: 'ul. Bulwarowa 35', postalCode: '31-751', city: 'Kraków', latitude: 50.068, longitude: 20.06 },
  ],
  Warszawa: [
    { street: 'ul. Marszałkowska 87', postalCode: '00-683', city: 'Warszawa', latitude: 52.2284, longitude: 21.0131 },
    { street: 'ul. Jagiellońska 82', postalCode: '03-301', city: 'Warszawa', latitude: 52.2805, longitude: 21.0168 },
    { street: 'al. Krakowska 110', postalCode: '02-256', city: 'Warszawa', latitude: 52.1871, longitude: 20.9543 },
  ],
};

/** Street names for the generated addresses of cities without a list above. */
export const DEMO_STREETS: Record<string, string[]> = {
  PL: ['ul. Przemysłowa', 'ul. Składowa', 'ul. Warsztatowa', 'ul. Fabryczna'],
  DE: ['Industriestraße', 'Gewerbering', 'Handwerkerweg', 'Werkstraße'],
  CZ: ['Průmyslová', 'Skladová', 'Dělnická'],
  CN: ['Industrial Road', 'Technology Avenue', 'Commerce Street'],
};

/** Named partners the README points to; the rest are generated around them. */
export const DEMO_NAMED_PARTNERS = [
  { code: 'BALTIC', name: 'Baltic Tools Distribution', kind: PartnerKind.DISTRIBUTOR, city: 'Gdańsk', tier: 'PLATINUM', users: 'baltic' },
  { code: 'KRAKTOOL', name: 'Krak-Tool Sp. z o.o.', kind: PartnerKind.RESELLER, city: 'Kraków', tier: 'GOLD', users: 'kraktool', parent: 'BALTIC' },
  // The tax id of the demo application that duplicates it (demo-applications.ts).
  { code: 'RHEIN', name: 'Rhein Werkzeug GmbH', kind: PartnerKind.DEALER, city: 'Frankfurt am Main', tier: 'SILVER', users: 'rhein', taxId: 'DE298765432' },
  { code: 'MORAVA', name: 'Morava Nářadí s.r.o.', kind: PartnerKind.SERVICE_PARTNER, city: 'Brno', tier: 'GOLD', users: 'morava' },
] as const;

/** Digits of a VAT number's length per country, from the partner's code (the demo's random sequence stays as it was). */
const TAX_ID_DIGITS: Record<string, number> = { PL: 10, DE: 9, CZ: 8, CN: 16 };

export function demoTaxId(country: string, code: string): string {
  const digits = createHash('sha256').update(code).digest().reduce((text, byte) => text + String(byte % 10), '');
  return country === 'CN' ? `91${digits.slice(0, TAX_ID_DIGITS.CN)}` : `${country}${digits.slice(0, TAX_ID_DIGITS[country] ?? 9)}`;
}

export const NAME_PARTS = {
  PL: { prefix: ['Narzędzia', 'Majster', 'Budmax', 'Techmet', 'ProfiTool', 'Warsztat'], suffix: ['Sp. z o.o.', 'S.A.', 's.c.'] },
  DE: { prefix: ['Werkzeug', 'Profi', 'Bau', 'Technik', 'Handwerk', 'Maschinen'], suffix: ['GmbH', 'AG', 'KG'] },
  CZ: { prefix: ['Nářadí', 'Technika', 'Mistr', 'Stavmat'], suffix: ['s.r.o.', 'a.s.'] },
  CN: { prefix: ['Huadong', 'Jinli', 'Pearl River', 'Dragon', 'Eastern'], suffix: ['Tools Co., Ltd.', 'Trading Co., Ltd.'] },
} as const;
