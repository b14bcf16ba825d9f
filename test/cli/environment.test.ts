import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../src/app/importLimits.js';
import { importLimitsFrom, serveEnvFrom } from '../../src/cli/environment.js';

describe('serveEnvFrom', () => {
  it('should default the base URL to localhost on the chosen port', () => {
    expect(serveEnvFrom({ PORT: '8080' })).toEqual({
      port: 8080,
      host: '127.0.0.1',
      baseUrl: 'http://localhost:8080',
      dataDir: path.resolve('data'),
      uploadMaxBytes: 20 * 1024 * 1024,
      requestLog: 'json',
    });
  });

  it('should take the upload limit in MB and refuse one that is not a positive number', () => {
    expect(serveEnvFrom({ QUORUM_UPLOAD_MAX_MB: '2.5', QUORUM_DATA_DIR: '/srv/q' })).toMatchObject({
      uploadMaxBytes: 2.5 * 1024 * 1024,
      dataDir: '/srv/q',
    });
    expect(() => serveEnvFrom({ QUORUM_UPLOAD_MAX_MB: 'lots' })).toThrow(/QUORUM_UPLOAD_MAX_MB/);
  });

  it('should take the request log format from QUORUM_REQUEST_LOG and refuse an unknown one', () => {
    expect(serveEnvFrom({ QUORUM_REQUEST_LOG: 'logfmt' }).requestLog).toBe('logfmt');
    expect(serveEnvFrom({ QUORUM_REQUEST_LOG: 'off' }).requestLog).toBe('off');
    expect(() => serveEnvFrom({ QUORUM_REQUEST_LOG: 'apache' })).toThrow(/QUORUM_REQUEST_LOG/);
  });

  it('should take QUORUM_BASE_URL without its trailing slash', () => {
    expect(serveEnvFrom({ QUORUM_BASE_URL: 'https://democracy.example.gov.uk/' }).baseUrl).toBe(
      'https://democracy.example.gov.uk',
    );
  });

  it('should refuse a base URL that is not absolute http(s), naming the variable', () => {
    expect(() => serveEnvFrom({ QUORUM_BASE_URL: 'democracy.example.gov.uk' })).toThrow(/QUORUM_BASE_URL/);
    expect(() => serveEnvFrom({ QUORUM_BASE_URL: 'ftp://example.org' })).toThrow(/QUORUM_BASE_URL/);
  });

  it('should refuse a port out of range', () => {
    expect(() => serveEnvFrom({ PORT: '70000' })).toThrow(/PORT/);
  });
});

describe('importLimitsFrom', () => {
  it('should give the defaults when no QUORUM_IMPORT_* variable is set, and each variable in its unit', () => {
    expect(importLimitsFrom({})).toEqual(DEFAULT_IMPORT_LIMITS);
    expect(
      importLimitsFrom({
        QUORUM_IMPORT_MAX_MB: '10',
        QUORUM_IMPORT_MAX_TEXT_CHARS: '1000',
        QUORUM_IMPORT_MAX_PAGES: '20',
        QUORUM_IMPORT_MAX_PDF_STREAM_MB: '1.5',
        QUORUM_IMPORT_MAX_PDF_DECODED_MB: '3',
        QUORUM_IMPORT_TIMEOUT_SECONDS: '2.5',
        QUORUM_IMPORT_MAX_PARSE_MEMORY_MB: '200',
      }),
    ).toEqual({
      maxBytes: 10 * 1024 * 1024,
      maxTextChars: 1000,
      maxPdfPages: 20,
      maxPdfStreamBytes: 1.5 * 1024 * 1024,
      maxPdfDecodedBytes: 3 * 1024 * 1024,
      timeoutMs: 2500,
      maxParseMemoryBytes: 200 * 1024 * 1024,
    });
  });

  it('should refuse a bad value as a configuration error naming the variable', () => {
    expect(() => importLimitsFrom({ QUORUM_IMPORT_MAX_PAGES: '-1' })).toThrow(/QUORUM_IMPORT_MAX_PAGES is invalid/);
    expect(() => importLimitsFrom({ QUORUM_IMPORT_MAX_PARSE_MEMORY_MB: '8' })).toThrow(
      /QUORUM_IMPORT_MAX_PARSE_MEMORY_MB is invalid/,
    );
  });
});
