/**
 * Prints the analyst examples of docs/api.md with the answers the configured graph gives, as Markdown
 * (lists cut to 3 items and long texts to 160 characters, with the cut noted):
 * `node --import tsx bench/api-examples.ts > /tmp/examples.md`. Run it on a graph holding the fixtures
 * only (`npm run fixtures:load` on an empty database) to refresh the answers in docs/api.md.
 */
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openApiDatabase } from '../src/graph/api-database.ts';
import { connectionFromConfig } from '../src/graph/driver.ts';
import { API_EXAMPLES } from './support/api-examples.ts';

const MAX_ITEMS = 3;
const MAX_TEXT = 160;

/** Shortens an answer for reading: long lists and long texts are cut, and say so. */
function trim(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map(trim);
    return value.length > MAX_ITEMS ? [...kept, `… ${value.length - MAX_ITEMS} more`] : kept;
  }
  if (typeof value === 'string' && value.length > MAX_TEXT) return `${value.slice(0, MAX_TEXT)}…`;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  return value;
}

/** JSON with every object or list that fits in `width` characters on one line. */
function compact(value: unknown, indent = '', width = 110): string {
  const flat = JSON.stringify(value);
  if (
    flat === undefined ||
    flat.length + indent.length <= width ||
    value === null ||
    typeof value !== 'object'
  )
    return flat ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + compact(v, inner, width)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner, width)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

const db = openApiDatabase(connectionFromConfig(loadConfig()));
const app = createApp({ config: {}, logger: pino({ level: 'silent' }), db });
try {
  for (const [i, example] of API_EXAMPLES.entries()) {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    const body = (await response.json()) as unknown;
    process.stdout.write(
      `### ${i + 1}. ${example.question}\n\n\`\`\`graphql\n${example.query}\n\`\`\`\n\n` +
        `\`\`\`json\n${compact(trim(body))}\n\`\`\`\n\n`,
    );
  }
} finally {
  await db.close();
}
