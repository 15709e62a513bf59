import { Scope } from '../../access/scope';
import { BadInput } from '../../domain/errors';
import { CatalogService } from '../catalog/catalog.service';
import { ReferenceDataService } from '../partners/reference-data.service';
import { Partner } from '../partners/partner.entity';
import { OfferService } from '../catalog/offer.service';
import { ShowroomService } from '../showroom/showroom.service';

/** A line as asked for: a product and whole units. */
export interface WantedLine {
  productId: string;
  quantity: number;
}

export interface PricedLine extends WantedLine {
  unitPriceMinor: bigint;
  lineNetMinor: bigint;
}

export interface PricedOrder {
  currency: string;
  lines: PricedLine[];
  /** In hundredths of a percent (23% is 2300), so that every sum stays integer. */
  vatBasisPoints: number;
  netMinor: bigint;
  vatMinor: bigint;
  grossMinor: bigint;
}

/**
 * The largest value an order may have, the largest MoneyInput takes (13 digits and 2 decimals): so that a
 * value always fits bigint, Money's exact Float, and a lead's converted value.
 */
export const MAX_ORDER_MINOR = 999_999_999_999_999n;

/** Names the field of line i in the caller's input (lines.i.productId, or leadId for a lead's basket). */
export type LineField = (index: number, property: 'productId' | 'quantity') => string;
export const inputLineField: LineField = (index, property) => `lines.${index}.${property}`;

/** amount less (or plus) a percentage in hundredths, rounded half up to the minor unit. */
const percentOf = (amount: bigint, basisPoints: number): bigint => (amount * BigInt(basisPoints) + 5000n) / 10000n;
const basisPointsOf = (percent: number | string): number => Math.round(Number(percent) * 100);

/**
 * Prices are Trellis's, never the client's: SELL_IN at the catalog's list price less the partner's tier
 * discount, SELL_OUT at the partner's own offer with the VAT of its showroom. All lines in one currency.
 */
export class OrderPricing {
  constructor(
    private readonly catalog: CatalogService,
    private readonly referenceData: ReferenceDataService,
    private readonly offers: OfferService,
    private readonly showrooms: ShowroomService,
  ) {}

  /** What the partner pays the brand owner: list price less its tier's discount, net (the brand invoices VAT itself). */
  async sellIn(scope: Scope, partner: Partner, lines: readonly WantedLine[], field: LineField = inputLineField): Promise<PricedOrder> {
    const products = new Map((await this.catalog.productsByIds(scope, lines.map((l) => l.productId))).map((p) => [p.id, p]));
    const [tier] = partner.tierId ? await this.referenceData.tiersByIds(scope, [partner.tierId]) : [];
    const discount = basisPointsOf(tier?.discountPercent ?? 0);
    const prices = lines.map((line, i) => {
      const product = products.get(line.productId);
      if (!product?.active) throw new BadInput(field(i, 'productId'), `names product ${line.productId}, which is not an active product of the catalog`);
      return { currency: product.currency.trim(), unitPriceMinor: BigInt(product.listPriceMinor) - percentOf(BigInt(product.listPriceMinor), discount) };
    });
    return total(lines, prices, 0, field);
  }

  /** What the partner's customer pays: the partner's offered price, VAT from its showroom (none without one). */
  async sellOut(scope: Scope, partnerId: string, lines: readonly WantedLine[], field: LineField = inputLineField): Promise<PricedOrder> {
    const offers = new Map((await this.offers.offeredPrices(scope, partnerId, lines.map((l) => l.productId))).map((o) => [o.productId, o]));
    const vatPercent = await this.showrooms.vatPercentOf(scope, partnerId);
    const prices = lines.map((line, i) => {
      const offer = offers.get(line.productId);
      if (!offer) throw new BadInput(field(i, 'productId'), `names product ${line.productId}, which the partner does not offer`);
      return { currency: offer.currency.trim(), unitPriceMinor: BigInt(offer.price) };
    });
    return total(lines, prices, basisPointsOf(vatPercent ?? 0), field);
  }
}

function total(lines: readonly WantedLine[], prices: { currency: string; unitPriceMinor: bigint }[], vatBasisPoints: number, field: LineField): PricedOrder {
  const currency = prices[0].currency;
  const priced = lines.map((line, i) => {
    if (prices[i].currency !== currency) throw new BadInput(field(i, 'productId'), `names product ${line.productId}, priced in ${prices[i].currency}; the order's first line is in ${currency}`);
    return { ...line, unitPriceMinor: prices[i].unitPriceMinor, lineNetMinor: prices[i].unitPriceMinor * BigInt(line.quantity) };
  });
  const netMinor = priced.reduce((sum, l) => sum + l.lineNetMinor, 0n);
  const vatMinor = percentOf(netMinor, vatBasisPoints);
  if (netMinor + vatMinor > MAX_ORDER_MINOR) {
    const largest = priced.reduce((best, l, i) => (l.lineNetMinor > priced[best].lineNetMinor ? i : best), 0);
    throw new BadInput(field(largest, 'quantity'), 'makes the order larger than 9999999999999.99');
  }
  return { currency, lines: priced, vatBasisPoints, netMinor, vatMinor, grossMinor: netMinor + vatMinor };
}
