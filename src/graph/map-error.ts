import { Neo4jError } from 'neo4j-driver';
import { AppError, DatabaseAuthError, DatabaseQueryError, DatabaseUnavailableError } from '../errors.ts';

/** Driver error codes meaning "no server to talk to" (connection refused, DNS, lost leader, shutdown). */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** What the user must do about a rejected login; shared by the driver check and the executor. */
export function authMessage(user: string, uri: string): string {
  return (
    `Neo4j rejected the user/password for "${user}" at ${uri}: check NEO4J_PASSWORD (and NEO4J_USER). ` +
    'For the local server the password is in .env; a server whose data folder was created with another ' +
    'password keeps that one (delete .neo4j/data to start afresh).'
  );
}

/**
 * Maps a driver error to our typed errors by Neo4j status code, never by message text. `context` says
 * which statement or connection failed, for the message.
 */
export function mapNeo4jError(
  error: unknown,
  context: { statement?: string; user: string; uri: string },
): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    return new DatabaseQueryError(`Neo4j call failed${where(context)}: ${String(error)}`, { cause: error });
  }
  const code = error.code;
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new DatabaseAuthError(authMessage(context.user, context.uri), { cause: error });
  }
  if (
    UNAVAILABLE_CODES.has(code) ||
    code.startsWith('Neo.TransientError.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  ) {
    return new DatabaseUnavailableError(
      `Neo4j at ${context.uri} is unavailable${where(context)} (${code}): ${error.message}. ` +
        'Start the local server with `npm run neo4j:start`, or check NEO4J_URI.',
      { cause: error },
    );
  }
  return new DatabaseQueryError(`Neo4j rejected${where(context)} (${code}): ${error.message}`, {
    cause: error,
  });
}

function where(context: { statement?: string }): string {
  return context.statement ? ` statement "${context.statement}"` : '';
}
