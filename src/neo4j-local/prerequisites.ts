import { PrerequisiteError } from '../errors.ts';
import { CommandNotFound, runCommand } from './run-command.ts';

const DOCKER_HINT =
  'Alternatives: use Docker (`docker compose up -d neo4j`, see docker-compose.yml) or point NEO4J_URI at an existing Neo4j 5 server.';

/** The Java feature version from `java -version` output ("17.0.15", "1.8.0_392" -> 8, "21" -> 21). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

async function probe(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv | undefined,
): Promise<string | undefined> {
  try {
    const result = await runCommand(command, args, env ? { env } : {});
    return result.code === 0 ? `${result.stdout}\n${result.stderr}` : undefined;
  } catch (error) {
    if (error instanceof CommandNotFound) return undefined;
    throw error;
  }
}

/**
 * Checks that Java 17+ and Maven are on PATH before anything is downloaded, naming what is missing and
 * the ways around it. `env` lets tests run the check with a different PATH.
 */
export async function checkPrerequisites(env?: NodeJS.ProcessEnv): Promise<{ javaMajor: number }> {
  const problems: string[] = [];
  const javaOut = await probe('java', ['-version'], env);
  const javaMajor = javaOut === undefined ? undefined : parseJavaMajor(javaOut);
  if (javaOut === undefined) {
    problems.push(
      'Java 17 or newer is required to run the local Neo4j server, but `java` was not found on PATH (install e.g. openjdk-17-jre-headless).',
    );
  } else if (javaMajor === undefined || javaMajor < 17) {
    problems.push(
      `Java 17 or newer is required to run the local Neo4j server, but \`java -version\` reports ${javaMajor ?? 'an unknown version'}.`,
    );
  }
  const mvnOut = await probe('mvn', ['-v'], env);
  if (mvnOut === undefined) {
    problems.push(
      'Maven (`mvn`) is required to fetch the Neo4j server jars from Maven Central, but it was not found on PATH (install e.g. the maven package).',
    );
  }
  if (problems.length > 0 || javaMajor === undefined) {
    throw new PrerequisiteError(`${problems.join('\n')}\n${DOCKER_HINT}`);
  }
  return { javaMajor };
}
