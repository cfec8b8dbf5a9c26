import { describe, expect, it } from 'vitest';
import { keychainFailed, runKeychainCommand } from './keychain-command.js';

const posix = process.platform !== 'win32' ? null : 'SKIPPED: uses cat and sleep';
if (posix) console.warn(posix);

describe.skipIf(posix !== null)('running a keychain tool', () => {
  it('hands the input to the tool on stdin and returns what it said', () => {
    expect(runKeychainCommand('cat', [], { input: 'the secret\n' })).toEqual({ status: 0, stdout: 'the secret\n', stderr: '' });
  });

  it('a tool that does not answer is stopped and named, never a hang', () => {
    expect(() => runKeychainCommand('sleep', ['5'], { timeoutMs: 200 })).toThrow('The keychain (sleep 5) failed: no answer within 0.2 s');
  });

  it('a missing tool and a refusal are one line each', () => {
    expect(() => runKeychainCommand('crosswalk-no-such-tool', ['lookup'])).toThrow(
      'The keychain (crosswalk-no-such-tool lookup) failed: ENOENT',
    );
    expect(() => keychainFailed('secret-tool store', { status: 1, stdout: '', stderr: 'Cannot create an item\nmore\n' })).toThrow(
      /^The keychain \(secret-tool store\) refused: exit 1, Cannot create an item$/,
    );
  });
});
