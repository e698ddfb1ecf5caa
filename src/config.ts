import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const proxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/** The environment the service reads. Every variable is documented in .env.example. */
const environmentSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, port.default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('.data')),
  ADMIN_API_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'must be at least 32 characters long').optional(),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(logLevels).default('info')),
  BODY_LIMIT_BYTES: z.preprocess(emptyAsUndefined, positiveInt.default(1_048_576)),
  BULK_BODY_LIMIT_BYTES: z.preprocess(emptyAsUndefined, positiveInt.default(16_777_216)),
  DB_POOL_MAX: z.preprocess(emptyAsUndefined, positiveInt.max(100).default(10)),
  DB_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(5_000)),
  DB_CONNECT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(2_000)),
  REQUEST_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(30_000)),
  CORS_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((text) => text.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: 'must be a comma-separated list of origins such as https://dash.example.nhs.uk' })))
      .default([]),
  ),
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, positiveInt.default(1200)),
  AUTH_FAILURES_PER_MINUTE: z.preprocess(emptyAsUndefined, positiveInt.max(100).default(100)),
  BULK_CONCURRENCY_PER_KEY: z.preprocess(emptyAsUndefined, positiveInt.max(100).default(2)),
  BULK_CONCURRENCY_TOTAL: z.preprocess(emptyAsUndefined, positiveInt.max(100).default(4)),
  IDEMPOTENCY_MAX_ANSWERS_PER_KEY: z.preprocess(emptyAsUndefined, positiveInt.default(100)),
  IDEMPOTENCY_MAX_MB_PER_KEY: z.preprocess(emptyAsUndefined, positiveInt.default(64)),
  HEADERS_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(10_000)),
  KEEP_ALIVE_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(5_000)),
  MAX_CONNECTIONS: z.preprocess(emptyAsUndefined, positiveInt.default(1_000)),
  PUBLIC_PUBLICATIONS: z.preprocess(
    emptyAsUndefined,
    z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  ),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, message: 'must be the http(s) address of an OTLP collector, e.g. http://otel-collector:4318' }).optional(),
  ),
  OTEL_SERVICE_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).max(100).default('staff-ratio-api')),
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters long').optional()),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, message: 'must be the public http(s) address of the service, e.g. https://staff-ratio.example.nhs.uk' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z.string().default('false').refine(
      (text) => /^(true|false|[1-9]\d?)$/.test(text) || text.split(',').every((part) => proxyAddress.safeParse(part.trim()).success),
      'must be false, true, a number of proxies from 1 to 99, or a comma-separated list of proxy addresses or ranges (e.g. 10.0.0.0/8)',
    ),
  ),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminApiKey: string | undefined;
  logLevel: (typeof logLevels)[number];
  bodyLimitBytes: number;
  /** Largest body POST /v1/returns/bulk accepts (a whole year's file). */
  bulkBodyLimitBytes: number;
  dbPoolMax: number;
  dbStatementTimeoutMs: number;
  dbConnectTimeoutMs: number;
  requestTimeoutMs: number;
  /** Browser origins allowed by CORS (dashboards); none by default. */
  corsOrigins: string[];
  /** Requests a minute per API key (or per address without one). */
  rateLimitPerMinute: number;
  /** Failed authentications a minute from one address before it is cut off (at most 100). */
  authFailuresPerMinute: number;
  /** Bulk files one key may have running at once, and all keys together (429 beyond). */
  bulkConcurrencyPerKey: number;
  bulkConcurrencyTotal: number;
  /** What one key may keep of idempotent answers (the oldest are forgotten first). */
  idempotencyMaxAnswersPerKey: number;
  idempotencyMaxBytesPerKey: number;
  /** Time for a client to send its request headers (the request as a whole: requestTimeoutMs). */
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Open connections at most; more are refused at once. */
  maxConnections: number;
  /** Publications (and trends without a key, which are published figures) readable without a key. */
  publicPublications: boolean;
  /**
   * Which proxies' X-Forwarded-For/-Proto to believe (Fastify's trustProxy): behind one, the
   * client's address (rate limits, sign-in lockout) and https (Secure cookies, the pages'
   * same-origin check) come from them.
   */
  trustProxy: boolean | number | string[];
  /** Tracing is on when set: spans go to this OTLP/HTTP collector (the exporter reads it itself). */
  otelEndpoint: string | undefined;
  otelServiceName: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** The service's public address (problem types are absolute URIs under it); else the request's origin. */
  publicUrl: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema
    .refine((e) => e.HEADERS_TIMEOUT_MS <= e.REQUEST_TIMEOUT_MS, {
      path: ['HEADERS_TIMEOUT_MS'],
      message: 'must not be more than REQUEST_TIMEOUT_MS',
    })
    .safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    adminApiKey: e.ADMIN_API_KEY,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    bulkBodyLimitBytes: e.BULK_BODY_LIMIT_BYTES,
    dbPoolMax: e.DB_POOL_MAX,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    corsOrigins: e.CORS_ORIGINS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
    bulkConcurrencyPerKey: e.BULK_CONCURRENCY_PER_KEY,
    bulkConcurrencyTotal: e.BULK_CONCURRENCY_TOTAL,
    idempotencyMaxAnswersPerKey: e.IDEMPOTENCY_MAX_ANSWERS_PER_KEY,
    idempotencyMaxBytesPerKey: e.IDEMPOTENCY_MAX_MB_PER_KEY * 1024 * 1024,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: e.MAX_CONNECTIONS,
    publicPublications: e.PUBLIC_PUBLICATIONS === 'true',
    trustProxy: proxiesToTrust(e.TRUST_PROXY),
    publicUrl: e.PUBLIC_URL,
    metricsToken: e.METRICS_TOKEN,
    otelEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    otelServiceName: e.OTEL_SERVICE_NAME,
  };
}

function proxiesToTrust(text: string): boolean | number | string[] {
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((address) => address.trim());
}
