import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isAppError, type AppError } from '../errors.ts';

/** Codes a client can act on; their messages are written for clients and pass through unchanged. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'BAD_ARTICLE', 'UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']);

/** Codes that mean "the database is not answering": the client should retry later. */
const UNAVAILABLE_CODES = new Set(['NEO4J_UNAVAILABLE', 'NEO4J_AUTH', 'SERVICE_UNAVAILABLE']);

export const UNAVAILABLE_MESSAGE = 'The graph database is not answering; try again shortly.';

function appErrorOf(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof GraphQLError && error.originalError) return appErrorOf(error.originalError);
  return null;
}

/**
 * yoga's `maskError`: typed client errors keep their message and code; a database outage becomes
 * SERVICE_UNAVAILABLE with a fixed message (the driver's text names hosts and statements); anything
 * else becomes a generic INTERNAL_SERVER_ERROR and is logged here. No stack trace or Cypher leaves.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown): Error => {
    const app = appErrorOf(error);
    const path = error instanceof GraphQLError ? error.path : undefined;
    if (app && CLIENT_CODES.has(app.code)) {
      return new GraphQLError(app.message, { path, extensions: { code: app.code } });
    }
    if (app && UNAVAILABLE_CODES.has(app.code)) {
      logger.warn({ code: app.code, err: app }, 'database unavailable');
      return new GraphQLError(UNAVAILABLE_MESSAGE, { path, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    // GraphQL's own errors (parse, validation, variable coercion) carry no original error and are safe.
    if (error instanceof GraphQLError && !error.originalError) return error;
    // A GraphQLError thrown on purpose (scalar parsing) keeps its message when it carries a code.
    if (
      error instanceof GraphQLError &&
      error.originalError instanceof GraphQLError &&
      error.originalError.extensions.code
    ) {
      return new GraphQLError(error.originalError.message, {
        path,
        extensions: { code: error.originalError.extensions.code },
      });
    }
    // Without a path the error came before execution: a variable that does not fit its type ('Value
    // "X" does not exist in "EventType" enum'). Its message is about the client's input only.
    if (error instanceof GraphQLError && error.originalError instanceof GraphQLError && path === undefined) {
      return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    logger.error(
      { err: error instanceof GraphQLError ? (error.originalError ?? error) : error },
      'unexpected error',
    );
    return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
