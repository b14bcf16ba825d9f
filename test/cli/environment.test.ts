import { describe, expect, it } from 'vitest';
import { serveEnvFrom } from '../../src/cli/environment.js';

describe('serveEnvFrom', () => {
  it('should default the base URL to localhost on the chosen port', () => {
    expect(serveEnvFrom({ PORT: '8080' })).toEqual({ port: 8080, host: '127.0.0.1', baseUrl: 'http://localhost:8080' });
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
