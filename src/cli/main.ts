import { isAppError } from '../errors.ts';

/** One file per command; each exports `run(argv: string[]): Promise<number>` (the exit code). */
const COMMANDS: Record<string, { file: string; summary: string }> = {
  neo4j: { file: './neo4j.ts', summary: 'start|stop|status the local Neo4j 5.26 server' },
  db: { file: './db.ts', summary: 'migrate: apply cypher/schema.cypher (idempotent)' },
  extract: { file: './extract.ts', summary: 'extract FILE: print what an article yields' },
  eval: { file: './eval.ts', summary: 'score the extractor on annotated articles' },
  ingest: { file: './ingest.ts', summary: 'ingest PATH...: write articles into Neo4j' },
  fixtures: { file: './fixtures.ts', summary: 'load: ingest the fixture articles' },
  serve: { file: './serve.ts', summary: 'serve the GraphQL API' },
  browser: { file: './browser.ts', summary: 'serve the Neo4j Browser style and guide (cypher/queries/)' },
  up: { file: './up.ts', summary: 'start Neo4j (unless NEO4J_URI), migrate, load fixtures, serve the API' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: conflict-kg <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const mod = (await import(command.file)) as { run: (argv: string[]) => Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isAppError(error)) {
      process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${message}\n`);
      if (process.env.DEBUG) console.error(error);
    }
    process.exitCode = 1;
  },
);
