/**
 * Content-Disposition for a download named by the user (a project or table title): a plain ASCII
 * name as it is; any other name as RFC 6266 / RFC 5987 `filename*=UTF-8''…` with an ASCII
 * `filename` fallback for old clients. Node refuses header values outside Latin-1, so writing
 * 'Łódź.tsv' raw was a 500.
 */
export function contentDisposition(name: string): string {
  const clean =
    [...name]
      .filter((c) => c >= ' ' && c !== '\u007f')
      .join('')
      .trim() || 'download';
  const fallback = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (fallback === clean) return `attachment; filename="${fallback}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

/** Percent-encodes all but RFC 5987's attr-char (encodeURIComponent also leaves ' ( ) * and !). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
