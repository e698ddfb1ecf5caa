import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '.data',
      logLevel: 'info',
      adminApiKey: undefined,
    });
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://u:p@db:5432/ratio',
      DATA_DIR: '/var/lib/ratio',
      ADMIN_API_KEY: 'k'.repeat(40),
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: 'postgresql://u:p@db:5432/ratio', dataDir: '/var/lib/ratio', logLevel: 'warn' });
  });

  it('reads the operating variables: METRICS_TOKEN, PUBLIC_URL (without a trailing slash), OTEL_*', () => {
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(16), PUBLIC_URL: 'https://ratio.example.nhs.uk/', OTEL_SERVICE_NAME: 'ratio-eu', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }))
      .toMatchObject({ metricsToken: 'm'.repeat(16), publicUrl: 'https://ratio.example.nhs.uk', otelServiceName: 'ratio-eu', otelEndpoint: 'http://collector:4318' });
    expect(loadConfig({})).toMatchObject({ metricsToken: undefined, publicUrl: undefined, otelServiceName: 'staff-ratio-api', otelEndpoint: undefined });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
  ])('reads TRUST_PROXY=%s as the proxies to believe: %j', (value, trusted) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(trusted);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'verbose'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['ADMIN_API_KEY', 'short'],
    ['DB_POOL_MAX', '0'],
    ['TRUST_PROXY', 'yes please'],
    ['TRUST_PROXY', 'bad'],
    ['TRUST_PROXY', 'cafe'],
    ['TRUST_PROXY', '.'],
    ['TRUST_PROXY', '10.0.0.0/99'],
    ['TRUST_PROXY', '999'],
    ['TRUST_PROXY', '0'],
    ['PUBLIC_URL', 'ftp://example.org'],
    ['PUBLIC_URL', 'not a url'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    let caught: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).message).toContain(name);
  });

  it('stops the service at start with a non-zero exit and the variable named', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('.env.example');
  });

  describe('a .env file in the working directory', () => {
    const server = resolve('src/server.ts');
    const tsx = import.meta.resolve('tsx');
    // The variables under test are left out of the environment (an empty one would already win).
    const { LOG_LEVEL: _level, PORT: _port, ...inherited } = process.env;
    const startIn = (dir: string, env: Record<string, string>) => spawnSync(process.execPath, ['--import', tsx, server], {
      cwd: dir, env: { ...inherited, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 20_000,
    });

    it('is read at start: a bad value in it stops the service, named', () => {
      const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
      try {
        writeFileSync(join(dir, '.env'), '# a comment\nLOG_LEVEL=verbose\n');
        const result = startIn(dir, {});
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('LOG_LEVEL');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fills in a variable the environment sets empty (empty counts as unset)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
      try {
        writeFileSync(join(dir, '.env'), 'LOG_LEVEL=verbose\n');
        const result = startIn(dir, { LOG_LEVEL: '' });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('LOG_LEVEL');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('loses to the environment where both set a variable', () => {
      const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
      try {
        writeFileSync(join(dir, '.env'), 'LOG_LEVEL=verbose\nPORT=8080\n');
        const result = startIn(dir, { LOG_LEVEL: 'warn', PORT: 'eighty' });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('PORT');
        expect(result.stderr).not.toContain('LOG_LEVEL');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
