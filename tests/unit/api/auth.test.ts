import { describe, expect, it } from 'vitest';
import { requireToken } from '../../../src/api/auth.ts';
import { bearerTokenOf } from '../../../src/api/context.ts';

const TOKEN = 'a-token-of-sixteen-chars';

describe('requireToken', () => {
  it('disables mutations when the server has no token, whatever the caller sends', () => {
    expect(() => requireToken({ apiToken: null, bearerToken: TOKEN })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/API_TOKEN/) }),
    );
  });

  it('refuses a missing or wrong token as UNAUTHENTICATED', () => {
    expect(() => requireToken({ apiToken: TOKEN, bearerToken: null })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireToken({ apiToken: TOKEN, bearerToken: `${TOKEN}x` })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireToken({ apiToken: TOKEN, bearerToken: TOKEN.slice(1) })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('accepts the configured token', () => {
    expect(() => requireToken({ apiToken: TOKEN, bearerToken: TOKEN })).not.toThrow();
  });
});

describe('bearerTokenOf', () => {
  const request = (authorization?: string) =>
    new Request('http://x/graphql', { headers: authorization ? { authorization } : {} });

  it('reads a Bearer token, case-insensitively on the scheme', () => {
    expect(bearerTokenOf(request(`Bearer ${TOKEN}`))).toBe(TOKEN);
    expect(bearerTokenOf(request(`bearer ${TOKEN}`))).toBe(TOKEN);
  });

  it('ignores other schemes and malformed headers', () => {
    expect(bearerTokenOf(request(`Basic ${TOKEN}`))).toBeNull();
    expect(bearerTokenOf(request('Bearer'))).toBeNull();
    expect(bearerTokenOf(request(`Bearer ${TOKEN} extra`))).toBeNull();
    expect(bearerTokenOf(request())).toBeNull();
  });
});
