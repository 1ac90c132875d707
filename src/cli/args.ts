import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserInputError } from '../errors.ts';

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP }>
>;

/**
 * The flag parsing every command shares: positionals allowed, `--help`/`-h` added, a parse error
 * turned into a UserInputError that repeats the usage. On --help it prints the usage and returns
 * null, so the command returns 0 without doing anything else.
 */
export function parseCommandArgs<const O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): Parsed<O> | null {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP } });
  } catch (cause) {
    throw new UserInputError(`${(cause as Error).message}\n\n${usage}`, { cause });
  }
  // The generic result type cannot see the added `help` flag; it is always there (default false).
  if ((parsed.values as { help: boolean }).help) {
    process.stdout.write(usage);
    return null;
  }
  return parsed;
}
