import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { openDatabase } from '../graph/database.ts';
import { describeSchema, migrate } from '../graph/migrate.ts';

/** `conflict-kg db migrate`: applies cypher/schema.cypher (idempotent). */
export async function run(argv: string[]): Promise<number> {
  const [action] = argv;
  if (action !== 'migrate') throw new UserInputError('Usage: conflict-kg db migrate');
  const db = await openDatabase(loadConfig());
  try {
    const count = await migrate(db.executor);
    const { constraints, indexes } = await describeSchema(db.executor);
    process.stdout.write(
      `Schema applied to ${db.uri}: ${count} statements run (IF NOT EXISTS); ` +
        `the database now has ${constraints.length} constraints and ${indexes.length} indexes.\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
