import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { ApiContext } from './context.ts';

/**
 * Mutations need `Authorization: Bearer <API_TOKEN>`. With no API_TOKEN configured they are disabled,
 * and the error says so (FORBIDDEN: no token would help). Tokens are compared in constant time.
 */
export function requireToken(context: Pick<ApiContext, 'apiToken' | 'bearerToken'>): void {
  if (context.apiToken === null) {
    throw new AppError(
      'FORBIDDEN',
      'Mutations are disabled on this server: it was started without API_TOKEN.',
    );
  }
  if (context.bearerToken === null) {
    throw new AppError('UNAUTHENTICATED', 'This mutation needs an `Authorization: Bearer <token>` header.');
  }
  if (!sameSecret(context.bearerToken, context.apiToken)) {
    throw new AppError('UNAUTHENTICATED', 'The bearer token is not valid.');
  }
}

function sameSecret(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}
