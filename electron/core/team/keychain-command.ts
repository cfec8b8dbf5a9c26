import { spawnSync } from 'node:child_process';
import { ErrorCodes } from '../../../shared/errors.js';
import { CrosswalkError } from '../errors.js';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface KeychainCommandOptions {
  /** What the command reads on stdin: the only way a secret reaches a keychain tool (never argv, which `ps` shows). */
  input?: string;
  /** A keychain may ask the person to unlock it; past this the call fails instead of hanging. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a keychain tool synchronously (credential lookups are synchronous in the core). A tool
 * that is missing, times out or is killed is one line naming the tool; its exit status and
 * output are the caller's to read otherwise.
 */
export function runKeychainCommand(command: string, args: readonly string[], options: KeychainCommandOptions = {}): CommandResult {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const result = spawnSync(command, args, {
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: timeoutMs,
    env: options.env ?? process.env,
    windowsHide: true,
    maxBuffer: 1024 * 1024,
  });
  const name = `${command} ${args[0] ?? ''}`.trim();
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    const why = code === 'ETIMEDOUT' ? `no answer within ${timeoutMs / 1000} s` : (code ?? result.error.message);
    throw new CrosswalkError(ErrorCodes.internal, `The keychain (${name}) failed: ${why}`);
  }
  if (result.signal) throw new CrosswalkError(ErrorCodes.internal, `The keychain (${name}) was stopped by ${result.signal}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line of what a failed keychain command said, for an error message. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() || 'no message';
}

/** Throws the one-line error for a keychain command that exited with an unexpected status. */
export function keychainFailed(name: string, result: CommandResult): never {
  throw new CrosswalkError(
    ErrorCodes.internal,
    `The keychain (${name}) refused: exit ${result.status}, ${firstLine(result.stderr || result.stdout)}`,
  );
}
