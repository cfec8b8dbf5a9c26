import { z } from 'zod';

const ORCID_FORM = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/**
 * Whether an ORCID iD is well formed and its last character is the ISO 7064 11,2 check digit of
 * the other fifteen, so a typo in one digit (or two swapped digits) is caught before it is exported.
 */
export function isValidOrcid(value: string): boolean {
  if (!ORCID_FORM.test(value)) return false;
  const digits = value.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, 15)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? 'X' : String(check));
}

/** "https://orcid.org/0000-0002-1825-0097" or "0000-0002-1825-0097" → the bare iD (other text unchanged). */
export function bareOrcid(value: string): string {
  return value.trim().replace(/^https?:\/\/orcid\.org\//i, '');
}

/** An ORCID iD setting: empty, or a valid iD (an orcid.org URL is accepted and stored bare). */
export const OrcidSchema = z.preprocess(
  (value) => (typeof value === 'string' ? bareOrcid(value) : value),
  z.string().refine((value) => value === '' || isValidOrcid(value), {
    message: 'ORCID iD looks like 0000-0002-1825-0097 and its last character is a check digit; this one does not check out',
  }),
);

/** The ORCID iD as the URI exports use for a person. */
export function orcidUri(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
