import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createMaskError, UNAVAILABLE_MESSAGE } from '../../../src/api/errors.ts';
import {
  AppError,
  DatabaseQueryError,
  DatabaseUnavailableError,
  UserInputError,
} from '../../../src/errors.ts';

const mask = createMaskError(pino({ level: 'silent' }));
/** What graphql-js hands yoga when a resolver throws. */
const fromResolver = (error: Error) =>
  new GraphQLError(error.message, { originalError: error, path: ['events'] });

describe('maskError', () => {
  it('keeps a client error message and puts its code in extensions', () => {
    const out = mask(fromResolver(new UserInputError('`first` must be between 0 and 100'))) as GraphQLError;
    expect(out.message).toBe('`first` must be between 0 and 100');
    expect(out.extensions.code).toBe('BAD_USER_INPUT');
    expect(out.path).toEqual(['events']);
  });

  it('turns a database outage into SERVICE_UNAVAILABLE without the driver text', () => {
    const cause = new DatabaseUnavailableError(
      'Neo4j at bolt://10.0.0.7:7687 is unavailable statement "api/events"',
    );
    const out = mask(fromResolver(cause)) as GraphQLError;
    expect(out.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(out.message).toBe(UNAVAILABLE_MESSAGE);
  });

  it('hides a Cypher error behind a generic message', () => {
    const cause = new DatabaseQueryError(
      'Neo4j rejected statement "api/events" (Neo.ClientError.Statement.SyntaxError): MATCH (n)',
    );
    const out = mask(fromResolver(cause)) as GraphQLError;
    expect(out.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toMatch(/MATCH|Neo4j|api\/events/);
  });

  it('hides an unexpected exception', () => {
    const out = mask(
      fromResolver(new TypeError("Cannot read properties of undefined (reading 'x')")),
    ) as GraphQLError;
    expect(out.message).toBe('Unexpected error.');
    expect(out.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps internal typed errors internal', () => {
    const out = mask(
      fromResolver(new AppError('INTERNAL', 'article a-1 of a fact is missing')),
    ) as GraphQLError;
    expect(out.message).toBe('Unexpected error.');
  });

  it('passes GraphQL validation errors through', () => {
    const validation = new GraphQLError('Cannot query field "x" on type "Query".');
    expect(mask(validation)).toBe(validation);
  });
});

describe('maskError on variables', () => {
  it('reports a variable that does not fit its type as BAD_USER_INPUT', () => {
    const inner = new GraphQLError('Value "NUKE" does not exist in "EventType" enum.');
    const coercion = new GraphQLError(
      'Variable "$t" got invalid value "NUKE" at "t[0]"; Value "NUKE" does not exist in "EventType" enum.',
      {
        originalError: inner,
      },
    );
    const out = mask(coercion) as GraphQLError;
    expect(out.extensions.code).toBe('BAD_USER_INPUT');
    expect(out.message).toContain('NUKE');
  });

  it('still hides an output error raised while executing a field', () => {
    const inner = new GraphQLError('Enum "EventType" cannot represent value: "SECRET_VALUE"');
    const out = mask(
      new GraphQLError(inner.message, { originalError: inner, path: ['events', 0, 'type'] }),
    ) as GraphQLError;
    expect(out.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('SECRET_VALUE');
  });
});
