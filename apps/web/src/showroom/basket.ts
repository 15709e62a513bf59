import { useMemo } from 'react';
import { storedValue, type StoredValue } from './storedValue';

/** One product in a visitor's basket, with what the basket shows of it as it was when added. */
export interface BasketLine {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  price: { amount: string; currency: string };
  /** Without VAT: what an OCI transfer carries (absent in lines kept by an older version). */
  netPrice?: { amount: string; currency: string };
  imageUrl: string | null;
}

const isLine = (value: unknown): value is BasketLine => {
  const line = value as BasketLine | null;
  return Boolean(line && typeof line.productId === 'string' && typeof line.sku === 'string' && typeof line.quantity === 'number' && line.price);
};

const baskets = new Map<string, StoredValue<BasketLine[]>>();

/** Each showroom has its own basket, kept in this browser until the visitor sends or empties it. */
function basketOf(slug: string): StoredValue<BasketLine[]> {
  let basket = baskets.get(slug);
  if (!basket) {
    basket = storedValue('local', `trellis.basket.${slug}`, (raw) => (Array.isArray(raw) ? raw.filter(isLine) : []));
    baskets.set(slug, basket);
  }
  return basket;
}

/** Units sold by measure (metres, kilograms, litres) take decimals; pieces, sets and packs do not. */
const MEASURED_UNITS = new Set(['M', 'MTR', 'M2', 'M3', 'KG', 'KGM', 'G', 'L', 'LTR', 'ML', 'T', 'TNE']);
export const allowsFraction = (unit: string) => MEASURED_UNITS.has(unit.toUpperCase());

/** A quantity the way the API takes it: a point, at most 3 decimals ("2", "1.5"). */
export const quantityText = (quantity: number) => String(Math.round(quantity * 1000) / 1000);

export function useBasket(slug: string) {
  const basket = basketOf(slug);
  const lines = basket.use();
  return useMemo(() => {
    const save = (next: BasketLine[]) => basket.set(next.length ? next : null);
    return {
      lines,
      /** Distinct products, what the header shows. */
      count: lines.length,
      add(line: Omit<BasketLine, 'quantity'>, quantity: number) {
        const current = basket.get();
        const existing = current.find((l) => l.productId === line.productId);
        save(existing
          ? current.map((l) => (l === existing ? { ...l, ...line, quantity: l.quantity + quantity } : l))
          : [...current, { ...line, quantity }]);
      },
      setQuantity(productId: string, quantity: number) {
        save(basket.get().map((l) => (l.productId === productId ? { ...l, quantity } : l)));
      },
      remove(productId: string) {
        save(basket.get().filter((l) => l.productId !== productId));
      },
      clear() {
        save([]);
      },
    };
  }, [basket, lines]);
}
