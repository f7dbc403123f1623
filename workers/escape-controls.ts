/**
 * Control characters (C0, DEL, C1) and the marks that reorder text on screen (bidirectional
 * overrides and isolates): a file name holding them could move the cursor, recolour, erase or
 * disguise a line on a terminal, or in a log viewer that shows JSON strings decoded.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `a\x1b[31m.pdf` for a name with an escape sequence: text safe to write on a terminal or a log line, every control written as `\xNN` or `\uNNNN`. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
