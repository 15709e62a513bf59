import type { Scope } from '../../access/scope';

/** The catalog's part of channel performance: the size of the active catalog (distribution rate's base). */
export class CatalogFigures {
  async activeProducts(scope: Scope): Promise<number> {
    const [row] = await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM product WHERE active`, [], 'kpi.active-products');
    return row.n;
  }
}
