import { useCallback, useEffect, useState } from 'react';
import type { UserSettings } from '../../../../shared/contract/app.js';
import { bareOrcid, isValidOrcid } from '../../../../shared/orcid.js';
import { useApi } from '../../app/api-context.js';

export interface PersonFields {
  userName: string;
  orcid: string;
  email: string;
}

export const EMPTY_PERSON: PersonFields = { userName: '', orcid: '', email: '' };

/** What is wrong with the fields, per field, worded for the form (empty: nothing). */
export function personProblems(fields: PersonFields): Partial<Record<keyof PersonFields, string>> {
  const problems: Partial<Record<keyof PersonFields, string>> = {};
  if (!fields.userName.trim()) problems.userName = 'Enter your name: every change is recorded with it.';
  const orcid = bareOrcid(fields.orcid);
  if (orcid && !isValidOrcid(orcid))
    problems.orcid = 'This ORCID iD does not check out (it looks like 0000-0002-1825-0097; the last character is a check digit).';
  if (fields.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email.trim()))
    problems.email = 'An e-mail address looks like ana@example.org.';
  return problems;
}

export interface PersonSettings {
  /** The saved person; null while loading. */
  saved: PersonFields | null;
  save(fields: PersonFields): Promise<UserSettings>;
}

/** The person record (name, ORCID iD, e-mail) from the app settings, and saving it. */
export function usePersonSettings(): PersonSettings {
  const { client } = useApi();
  const [saved, setSaved] = useState<PersonFields | null>(null);
  useEffect(() => {
    let live = true;
    void client.app.settingsGet({}).then((s) => live && setSaved({ userName: s.userName, orcid: s.orcid, email: s.email }));
    return () => {
      live = false;
    };
  }, [client]);
  const save = useCallback(
    async (fields: PersonFields) => {
      const next = await client.app.settingsUpdate({
        userName: fields.userName.trim(),
        orcid: bareOrcid(fields.orcid),
        email: fields.email.trim(),
      });
      setSaved({ userName: next.userName, orcid: next.orcid, email: next.email });
      return next;
    },
    [client],
  );
  return { saved, save };
}
