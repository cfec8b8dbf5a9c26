import { ErrorCodes } from '../../../shared/errors.js';
import type { AppContext } from '../context.js';
import { CrosswalkError } from '../errors.js';

/** The person working, from the settings (the person record): the name may be empty. */
export interface Person {
  name: string;
  orcid: string;
  email: string;
}

export function currentPerson(ctx: Pick<AppContext, 'settings'>): Person {
  const { userName, orcid, email } = ctx.settings.settings;
  return { name: userName.trim(), orcid, email };
}

/**
 * Who a change is recorded for: the person's name from the settings. Without one the change is
 * refused (author-required) so that the app can ask once; the OS account name is never written.
 */
export function currentAuthor(ctx: Pick<AppContext, 'settings'>): string {
  const { name } = currentPerson(ctx);
  if (name) return name;
  throw new CrosswalkError(
    ErrorCodes.authorRequired,
    'Who is making this change? Enter your name in Settings first; every change is recorded with it.',
    {
      field: 'userName',
    },
  );
}
