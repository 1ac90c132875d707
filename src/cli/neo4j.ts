import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { openDatabase } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { localServerStatus, startLocalServer, stopLocalServer } from '../neo4j-local/server.ts';
import { boltUriOf, browserUrlOf } from '../neo4j-local/urls.ts';

const USAGE = 'Usage: conflict-kg neo4j start|stop|status';
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** `conflict-kg neo4j start|stop|status`: the project's local Neo4j 5.26 Community server. */
export async function run(argv: string[]): Promise<number> {
  const [action] = argv;
  const config = loadConfig();
  if (config.NEO4J_URI !== undefined && (action === 'start' || action === 'stop')) {
    say(
      `NEO4J_URI is set (${config.NEO4J_URI}): an external Neo4j server is configured, so the local server is not ${action === 'start' ? 'started' : 'stopped'}.`,
    );
    return 0;
  }
  switch (action) {
    case 'start':
      return start(config);
    case 'stop':
      if (!(await stopLocalServer(config, say))) say('Neo4j is not running.');
      return 0;
    case 'status':
      return status(config);
    default:
      throw new UserInputError(`${action ? `Unknown action "${action}". ` : ''}${USAGE}`);
  }
}

async function start(config: ReturnType<typeof loadConfig>): Promise<number> {
  const started = Date.now();
  const info = await startLocalServer(config, say);
  if (!info.startedNow) say(`Neo4j is already running (pid ${info.pid}).`);
  // Prove the password works now rather than in the first test or request,
  // and apply the schema, so a fresh server is ready for ingestion (idempotent when already applied).
  const db = await openDatabase({ ...config, NEO4J_PASSWORD: info.password }, { attempts: 3 });
  const agent = db.serverAgent;
  try {
    await migrate(db.executor);
  } finally {
    await db.close();
  }
  if (info.startedNow)
    say(`Neo4j started (pid ${info.pid}, ${agent}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  say(
    `  Bolt:    ${info.boltUri}  (user ${config.NEO4J_USER}, password NEO4J_PASSWORD from the environment or .env)`,
  );
  say(`  Browser: ${info.browserUrl}`);
  return 0;
}

async function status(config: ReturnType<typeof loadConfig>): Promise<number> {
  if (config.NEO4J_URI !== undefined)
    say(`NEO4J_URI is set (${config.NEO4J_URI}); the local server below is not used.`);
  const s = await localServerStatus(config);
  if (!s.running) {
    say(`Neo4j is not running (local server in ${config.NEO4J_HOME}).`);
    return 3;
  }
  say(
    `Neo4j is running: pid ${s.pid}, ${s.edition ?? ''} ${s.version ?? '(version unknown: HTTP did not answer)'}`.replace(
      /\s+/g,
      ' ',
    ),
  );
  say(`  Bolt:    ${boltUriOf(config)} (${s.boltAnswers ? 'answers' : 'NOT answering'})`);
  say(`  Browser: ${browserUrlOf(config)}`);
  return 0;
}
