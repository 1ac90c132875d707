import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/** The researchers' queries: cypher/queries/NN-name.cypher, run in Browser and by the tests. */
export const QUERIES_DIR = join(PROJECT_ROOT, 'cypher', 'queries');

/** One exploration query, read from its file: the header comment explains it, the rest runs. */
export interface ExplorationQuery {
  /** Registry name, e.g. `queries/02-article-story` (what Executor.read takes). */
  readonly name: string;
  /** First line of the header comment. */
  readonly title: string;
  /** The header comment between the title and the Parameters line, as one paragraph. */
  readonly description: string;
  /** Browser commands that set the parameters (`:param x => ...`), empty when there are none. */
  readonly paramCommands: readonly string[];
  /** The whole file, comments included: Browser runs it as it is. */
  readonly text: string;
}

const PARAMS_LINE = /^parameters:\s*/i;

/**
 * Reads the header comment of a query file: every leading `//` line. The first is the title; a line
 * starting `Parameters:` gives the Browser command that sets them (`none.` when there are none),
 * optionally followed by two spaces and a note in parentheses; the lines between describe the query.
 */
export function parseQuery(name: string, text: string): ExplorationQuery {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/\s?/, '').trim());
  }
  const paramsAt = header.findIndex((line) => PARAMS_LINE.test(line));
  const prose = (paramsAt === -1 ? header.slice(1) : header.slice(1, paramsAt)).join(' ').trim();
  const paramsText = paramsAt === -1 ? '' : (header[paramsAt] ?? '').replace(PARAMS_LINE, '');
  const command = (paramsText.split(/\s{2,}\(/)[0] ?? '').trim().replace(/\.$/, '');
  return {
    name,
    title: header[0] ?? name,
    description: prose,
    paramCommands: command === '' || /^none$/i.test(command) ? [] : [command],
    text,
  };
}

/** Every query in cypher/queries/, in file order (the numbers give the order of the guide). */
export function loadQueries(dir = QUERIES_DIR): ExplorationQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) =>
      parseQuery(`queries/${file.replace(/\.cypher$/, '')}`, readFileSync(join(dir, file), 'utf8')),
    );
}
