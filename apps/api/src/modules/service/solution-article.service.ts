import { Scope } from '../../access/scope';
import { CHANNEL_WRITERS } from '../../access/role';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Forbidden, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { CatalogService } from '../catalog/catalog.service';
import { SolutionArticle } from './service.types';
import { SaveSolutionArticleInput } from './service.inputs';

const ARTICLE_COLUMNS = `a.id, a.title, a.body, a.product_id AS "productId", a.published_at AS "publishedAt", a.updated_at AS "updatedAt"`;

/**
 * The words of a search as a tsquery of the 'simple' configuration: every word must occur, the last one as a
 * prefix (the search runs as the user types). Only letters and digits make words, so no input can reach
 * tsquery's own syntax. Null when there is no word.
 */
export function articleQuery(search: string): string | null {
  const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

/**
 * Solution articles: brand staff write them (drafts, then published), partners find the published ones by
 * the words of a problem, best match first (title words weigh more than body words). Row-level security
 * shows partners published articles only.
 */
export class SolutionArticleService {
  constructor(private readonly catalog: CatalogService) {}

  async byIds(scope: Scope, ids: readonly string[]): Promise<SolutionArticle[]> {
    return instancesOf(SolutionArticle, await scope.query<SolutionArticle>(`SELECT ${ARTICLE_COLUMNS} FROM solution_article a WHERE a.id = ANY($1::uuid[])`, [ids], 'solution-article.by-ids'));
  }

  async get(scope: Scope, id: string): Promise<SolutionArticle> {
    const [article] = await this.byIds(scope, [id]);
    if (!article) throw new NotFound('SolutionArticle', id);
    return article;
  }

  /** With words: the matching articles, best first. Without: all, latest change first. */
  async search(scope: Scope, search: string | null | undefined, productId: string | null | undefined, first: number, after?: string | null): Promise<Connection<SolutionArticle & { rank: number }>> {
    const query = search ? articleQuery(search) : null;
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (query) conditions.push(`a.words @@ to_tsquery('simple', $${params.push(query)})`);
    if (productId) conditions.push(`a.product_id = $${params.push(productId)}::uuid`);
    const rank = query ? `ts_rank(a.words, to_tsquery('simple', $1))::float8` : `extract(epoch FROM a.updated_at)::float8`;
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM solution_article a ${where(conditions)}`, params))[0].n;
    const page = [...params];
    const pageConditions = [...conditions];
    if (after) {
      const [key, id] = decodeCursor(after, ['number', 'uuid']);
      pageConditions.push(`(${rank}, a.id) < ($${page.push(key)}::float8, $${page.push(id)}::uuid)`);
    }
    const rows = await scope.query<SolutionArticle & { rank: number }>(
      `SELECT ${ARTICLE_COLUMNS}, ${rank} AS rank FROM solution_article a ${where(pageConditions)} ORDER BY 7 DESC, a.id DESC LIMIT $${page.push(first + 1)}`, page);
    return toConnection(instancesOf(SolutionArticle, rows) as (SolutionArticle & { rank: number })[], first, count, (a) => [a.rank, a.id]);
  }

  /** A new draft or a change, published or not; the same content again writes nothing. */
  async save(scope: Scope, input: SaveSolutionArticleInput): Promise<SolutionArticle> {
    if (!CHANNEL_WRITERS.includes(scope.user.role)) throw new Forbidden('Solution articles are written by the brand owner');
    if (input.productId && !(await this.catalog.productsByIds(scope, [input.productId])).length) throw new BadInput('productId', 'names no product of the catalog');
    const values = [input.title.trim(), input.body.trim(), input.productId ?? null, input.published];
    if (!input.id) {
      const { rows: [created] } = await scope.execute<{ id: string }>(
        `INSERT INTO solution_article (title, body, product_id, published_at, created_by) VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, nullif($5, '')::uuid) RETURNING id`,
        [...values, scope.user.userId], 'solution-article.create');
      return this.get(scope, created.id);
    }
    await this.get(scope, input.id);
    await scope.execute(
      `UPDATE solution_article SET title = $2, body = $3, product_id = $4, updated_at = now(),
              published_at = CASE WHEN $5 THEN coalesce(published_at, now()) END
        WHERE id = $1 AND (title, body, product_id, published_at IS NOT NULL) IS DISTINCT FROM ($2, $3, $4::uuid, $5::boolean)`,
      [input.id, ...values], 'solution-article.update');
    return this.get(scope, input.id);
  }
}
