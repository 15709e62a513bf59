/**
 * What a showroom offers, and at what price: the one definition that the showroom's search and product
 * pages and OCI (the basket transfer, VALIDATE, BACKGROUND_SEARCH) all read, as SQL over the product `pr`
 * (and the partner's offer `o`).
 *
 * - A partner's showroom: the partner's own offered lines, at its net price, with its stock, delivery days
 *   and article number.
 * - The brand's showroom: every active product at list price; available when some active partner has it in
 *   stock, delivered as quickly as the quickest of them (no partner is named, so none of their prices or
 *   stock is told).
 */
export interface ShowroomOffer {
  /** The FROM clause: `pr`, joined to the partner's offered line `o` in a partner's showroom. */
  from: string;
  /** Whole minor units without VAT: what the partner asks, and what OCI transfers. */
  netPrice: string;
  currency: string;
  /** Units on hand: only in a partner's own showroom (else NULL). */
  stock: string;
  partnerSku: string;
  available: string;
  /** Days to deliver the product whose id is this expression (evaluate it for shown rows only: the brand's asks each active partner). */
  deliveryDays: (productId: string) => string;
}

/** `partner`: the SQL parameter holding the showroom's partner id, or null for the brand's showroom. */
export function showroomOffer(partner: string | null): ShowroomOffer {
  if (partner) {
    return {
      from: `product pr JOIN offer o ON o.product_id = pr.id AND o.partner_id = ${partner} AND o.offered`,
      netPrice: 'o.price',
      currency: 'o.currency',
      stock: 'o.stock',
      partnerSku: 'o.partner_sku',
      available: 'o.stock > 0',
      deliveryDays: () => 'o.delivery_days',
    };
  }
  return {
    from: 'product pr',
    netPrice: 'pr.list_price',
    currency: 'pr.currency',
    stock: 'NULL::int',
    partnerSku: 'NULL::text',
    available: 'EXISTS (SELECT 1 FROM public_offer_availability a WHERE a.product_id = pr.id AND a.in_stock)',
    deliveryDays: (productId) => `(SELECT min(a.delivery_days) FROM public_offer_availability a WHERE a.product_id = ${productId})`,
  };
}
