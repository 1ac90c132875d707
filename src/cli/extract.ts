import { readArticleFile } from '../article/read-file.ts';
import type { ArticleOverrides } from '../article/article-input.ts';
import { UserInputError } from '../errors.ts';
import { extract } from '../extract/pipeline.ts';
import { parseCommandArgs } from './args.ts';
import { formatExtraction } from './extraction-summary.ts';
import { loadResources } from './resources.ts';

const USAGE = `Usage: conflict-kg extract FILE [--published YYYY-MM-DD] [--title T] [--url U] [--publisher P] [--json]

Reads one article (.txt: title on the first line; .html/.htm: readability) and prints what it yields.
  --json       print the extraction as JSON (answer-key keys people, organizations, places, statements,
               events, plus casualties and evidence offsets)
  --published  publication date; relative days ("on Sunday") resolve against it
  --title, --url, --publisher   override what the file says
`;

/** `conflict-kg extract FILE [...]` */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      json: { type: 'boolean', default: false },
      published: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      publisher: { type: 'string' },
    },
    USAGE,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UserInputError(`extract takes exactly one FILE\n\n${USAGE}`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new UserInputError(`--published must be YYYY-MM-DD, got "${values.published}"`);
  }
  const overrides: ArticleOverrides = {};
  if (values.title !== undefined) overrides.title = values.title;
  if (values.published !== undefined) overrides.published = values.published;
  if (values.url !== undefined) overrides.url = values.url;
  if (values.publisher !== undefined) overrides.publisher = values.publisher;
  const article = await readArticleFile(file, overrides);
  const { resources } = loadResources();
  const extraction = extract(article, resources);
  process.stdout.write(
    values.json ? `${JSON.stringify(extraction, null, 2)}\n` : `${formatExtraction(extraction)}\n`,
  );
  return 0;
}
