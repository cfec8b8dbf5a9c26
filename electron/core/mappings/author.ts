import os from 'node:os';
import type { AppContext } from '../context.js';

/** Who a change is recorded for: the user name from the settings, else the OS account. */
export function currentAuthor(ctx: Pick<AppContext, 'settings'>): string {
  const name = ctx.settings.settings.userName.trim();
  if (name) return name;
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
