import { spawn } from 'node:child_process';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Called with each chunk of output, for long steps (Maven) that should show progress. */
  readonly onOutput?: (chunk: string) => void;
  /** Run in a process group of its own (for launchers that leave a server running). */
  readonly detached?: boolean;
}

/** Thrown when the program itself is not on PATH, so callers can say which prerequisite is missing. */
export class CommandNotFound extends Error {
  constructor(readonly command: string) {
    super(`${command}: command not found`);
  }
}

/** Runs a program to completion and collects its output; never throws on a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A new process group, so that Ctrl-C on the command that started it does not reach what it leaves running.
      detached: options.detached ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onOutput?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.onOutput?.(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new CommandNotFound(command) : error);
    });
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}
