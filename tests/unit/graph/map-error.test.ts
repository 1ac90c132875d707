import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseAuthError, DatabaseQueryError, DatabaseUnavailableError } from '../../../src/errors.ts';
import { mapNeo4jError } from '../../../src/graph/map-error.ts';

const context = { user: 'neo4j', uri: 'bolt://127.0.0.1:7687', statement: 'api/events' };
const neo4jError = (code: string): Neo4jError => new Neo4jError('server said no', code, '50N42', 'error');

describe('mapNeo4jError', () => {
  it('maps Unauthorized to DatabaseAuthError telling to check NEO4J_PASSWORD', () => {
    const mapped = mapNeo4jError(neo4jError('Neo.ClientError.Security.Unauthorized'), context);
    expect(mapped).toBeInstanceOf(DatabaseAuthError);
    expect(mapped.message).toMatch(
      /Neo4j rejected the user\/password for "neo4j" at bolt:\/\/127\.0\.0\.1:7687: check NEO4J_PASSWORD/,
    );
  });

  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'])(
    'maps %s to DatabaseUnavailableError',
    (code) => {
      expect(mapNeo4jError(neo4jError(code), context)).toBeInstanceOf(DatabaseUnavailableError);
    },
  );

  it('maps a client error in a statement to DatabaseQueryError naming the statement', () => {
    const mapped = mapNeo4jError(neo4jError('Neo.ClientError.Statement.SyntaxError'), context);
    expect(mapped).toBeInstanceOf(DatabaseQueryError);
    expect(mapped.message).toContain('"api/events"');
    expect(mapped.message).toContain('Neo.ClientError.Statement.SyntaxError');
  });
});
