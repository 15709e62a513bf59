import { ApiToken } from './api-token.entity';
import { Scope } from './scope';
import { hashSecret, newSecret } from './secret-token';
import { BadInput, LimitExceeded, NotFound } from '../domain/errors';

const MAX_ACTIVE_TOKENS = 20;

/** Personal API tokens: each user manages only its own. */
export class ApiTokenService {
  async create(scope: Scope, name: string, expiresInDays: number | null): Promise<{ token: string; apiToken: ApiToken }> {
    const viewer = scope.user;
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 80) throw new BadInput('name', 'must be 1 to 80 characters');
    const manager = await scope.manager();
    // Serialise token creation per user so that the limit holds under concurrent requests.
    await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [viewer.userId]);
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM api_token WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [viewer.userId],
    );
    if (count >= MAX_ACTIVE_TOKENS) throw new LimitExceeded(`At most ${MAX_ACTIVE_TOKENS} active tokens; revoke one first`);
    const token = newSecret('trl');
    const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86400_000) : null;
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO api_token (user_id, name, token_prefix, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [viewer.userId, trimmed, token.slice(0, 10), hashSecret(token), expiresAt],
    );
    return { token, apiToken: await manager.findOneByOrFail(ApiToken, { id: row.id }) };
  }

  async list(scope: Scope): Promise<ApiToken[]> {
    return (await scope.manager()).find(ApiToken, { where: { userId: scope.user.userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async revoke(scope: Scope, id: string): Promise<ApiToken> {
    const manager = await scope.manager();
    const token = await manager.findOneBy(ApiToken, { id, userId: scope.user.userId });
    if (!token) throw new NotFound('API token', id);
    if (token.revokedAt) return token;
    // Conditional: of parallel revocations the first sets the time, the others answer it unchanged.
    await manager.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    return manager.findOneByOrFail(ApiToken, { id });
  }
}
