import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('gives a working local setup with nothing set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      port: 3000,
      dataDir: './data',
      appUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      setupNeedsToken: false,
    });
  });

  it('treats empty strings as unset and follows PORT in the default APP_URL', () => {
    expect(parseEnv({ PORT: '4000', APP_URL: '', SMTP_URL: '' })).toMatchObject({ appUrl: 'http://localhost:4000', smtpUrl: undefined });
  });

  it('uses Netlify Database and the site URL on Netlify, and requires AUTH_SECRET there', () => {
    const env = parseEnv({
      NETLIFY: 'true',
      URL: 'https://coach.example',
      NETLIFY_DB_URL: 'postgres://u:p@db.example/x',
      AUTH_SECRET: 'a'.repeat(32),
    });
    expect(env).toMatchObject({ appUrl: 'https://coach.example', databaseUrl: 'postgres://u:p@db.example/x', setupNeedsToken: true });
    expect(() => parseEnv({ NETLIFY: 'true', URL: 'https://coach.example' })).toThrow(/AUTH_SECRET/);
  });

  it('names every invalid variable at once', () => {
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', NODE_ENV: 'staging' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const names = (error as EnvError).problems.map((p) => p.split(':')[0]);
      expect(names.sort()).toEqual(['AUTH_SECRET', 'DATABASE_URL', 'NODE_ENV', 'PORT']);
    }
  });

  it('needs a setup token in production', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).setupNeedsToken).toBe(true);
  });

  it('switches S3 storage on with a bucket and both keys, path style for a custom endpoint', () => {
    expect(parseEnv({}).s3).toBeNull();
    expect(parseEnv({ S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'AKIA1', S3_SECRET_ACCESS_KEY: 's3cret' }).s3).toEqual({
      bucket: 'photos',
      accessKeyId: 'AKIA1',
      secretAccessKey: 's3cret',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
    });
    const minio = parseEnv({ S3_BUCKET: 'p', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(minio.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
    expect(() => parseEnv({ S3_BUCKET: 'photos' })).toThrow(/S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/);
  });
});
