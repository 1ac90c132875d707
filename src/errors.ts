/**
 * Typed errors with stable codes. The API maps `code` to GraphQL `extensions.code`; the CLI prints
 * `message` (never a stack trace) and exits non-zero.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_ARTICLE'
  | 'CONFIG_INVALID'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_QUERY'
  | 'PREREQUISITE_MISSING'
  | 'NOT_FOUND'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The user gave something unusable: a bad flag, a bad GraphQL argument. */
export class UserInputError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_USER_INPUT', message, options);
  }
}

/** An article that cannot be read: empty, binary, wrong encoding, too large, no article in the HTML. */
export class BadArticleError extends AppError {
  /** File path, or `path:line` for JSONL. */
  readonly where: string;
  constructor(where: string, message: string, options?: { cause?: unknown }) {
    super('BAD_ARTICLE', `${where}: ${message}`, options);
    this.where = where;
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

/** Something this machine lacks (Java, Maven) and how to get it. */
export class PrerequisiteError extends AppError {
  constructor(message: string) {
    super('PREREQUISITE_MISSING', message);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J_UNAVAILABLE', message, options);
  }
}

export class DatabaseAuthError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J_AUTH', message, options);
  }
}

export class DatabaseQueryError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEO4J_QUERY', message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
