import path from 'node:path';

/** Every setting Trellis reads from the environment, parsed and checked in one place. */
export interface Config {
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded server runs from dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  /** Load demo data on first start (default: on for the embedded server, off for DATABASE_URL). */
  seedDemo: boolean;
  publicUrl: string;
  webDist: string;
  sessionTtlHours: number;
  /** How long a resolved viewer is kept in memory, so that its requests send no lookup (0: never). */
  viewerCacheSeconds: number;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  loginMaxFailuresPerIp: number;
  invitationTtlHours: number;
  /** Anonymous (showroom, OCI) requests per client address and minute, per API instance. */
  publicRequestsPerMinute: number;
  /** Showroom lead requests per client address and hour. */
  leadsPerIpPerHour: number;
  /** "Become a partner" applications per client address and hour. */
  applicationsPerIpPerHour: number;
  /** Days after which a lead's personal data is erased by the daily job (the lead itself stays). */
  leadRetentionDays: number;
  brandName: string;
  /** e.g. smtp://user:pass@mail.example.com:587; invitations are emailed only when set. */
  smtpUrl?: string;
  mailFrom: string;
  /** Background jobs this instance runs at once (jobs/worker.ts); 0: none, another process (`pnpm worker`) runs them. */
  workers: number;
  /** Test and bench aid: answer each GraphQL request with an x-sql-statements header. */
  exposeStatementCount: boolean;
  secureCookies: boolean;
  /** express `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: string;
  logLevel: string;
  /** CSP frame-ancestors of the showroom pages (/s/...), which OCI shops may open in a frame; every other page refuses frames. */
  showroomFrameAncestors: string[];
}

export class ConfigError extends Error {}

export const repoRoot = path.resolve(__dirname, '../../..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = 2 ** 31): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Sources a CSP frame-ancestors may name: `*`, 'self', 'none', or http(s) origins (a host may start with `*.`). */
function frameAncestors(env: NodeJS.ProcessEnv): string[] {
  const raw = (env.SHOWROOM_FRAME_ANCESTORS || '*').trim();
  const sources = raw.split(/[\s,]+/).map((s) => (['self', 'none'].includes(s.replace(/'/g, '')) ? `'${s.replace(/'/g, '')}'` : s));
  const origin = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;
  const bad = sources.find((s) => s !== '*' && s !== "'self'" && s !== "'none'" && !origin.test(s));
  if (bad !== undefined || (sources.includes("'none'") && sources.length > 1)) {
    throw new ConfigError(`SHOWROOM_FRAME_ANCESTORS must be *, self, none or a list of http(s) origins, got "${raw}"`);
  }
  return sources;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1';
  const port = int(env, 'PORT', 4800, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = (env.PUBLIC_URL || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(/\/$/, '');
  return {
    host,
    port,
    databaseUrl,
    dataDir: path.resolve(env.TRELLIS_DATA_DIR || path.join(repoRoot, '.trellis')),
    embeddedPgPort: int(env, 'TRELLIS_PG_PORT', 4832, 1, 65535),
    seedDemo: bool(env, 'SEED_DEMO', !databaseUrl),
    publicUrl,
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, 'apps/web/dist')),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    viewerCacheSeconds: int(env, 'VIEWER_CACHE_SECONDS', 30, 0, 3600),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 50, 1),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72, 1),
    leadsPerIpPerHour: int(env, 'LEADS_PER_IP_PER_HOUR', 10, 1),
    applicationsPerIpPerHour: int(env, 'APPLICATIONS_PER_IP_PER_HOUR', 3, 1),
    leadRetentionDays: int(env, 'LEAD_RETENTION_DAYS', 730, 1, 36_500),
    publicRequestsPerMinute: int(env, 'PUBLIC_REQUESTS_PER_MINUTE', 600, 1),
    brandName: env.BRAND_NAME || 'Trellis Power Tools',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Trellis <no-reply@trellis.local>',
    workers: int(env, 'WORKERS', 2, 0, 64),
    exposeStatementCount: bool(env, 'EXPOSE_SQL_STATEMENTS', false),
    secureCookies: bool(env, 'SECURE_COOKIES', publicUrl.startsWith('https://')),
    trustProxy: env.TRUST_PROXY || 'loopback',
    logLevel: env.LOG_LEVEL || 'info',
    showroomFrameAncestors: frameAncestors(env),
  };
}
