// Text from imported files (titles, labels, outcomes) can hold escape sequences that a terminal
// would run (colours, cursor moves, title changes, OSC 8 links). Plain output shows them as
// visible escapes instead. JSON output needs nothing: JSON.stringify escapes C0 controls, and
// C1 controls are escaped there too for terminals that honour 8-bit CSI.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function visible(ch: string): string {
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** One field of tab-separated or free-text output: every control character made visible. */
export function terminalText(value: unknown): string {
  return String(value ?? '').replace(CONTROL, visible);
}

/** A CSV document for the terminal: control characters made visible, except tabs and line breaks (quoted fields may hold them). */
export function terminalCsv(text: string): string {
  return text.replace(CONTROL_KEEP_LINES, visible);
}

/** JSON for the terminal: JSON.stringify, with C1 controls (e.g. U+009B, 8-bit CSI) escaped as well. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
