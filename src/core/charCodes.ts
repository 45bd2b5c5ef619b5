// The character codes the linear scanners compare with `charCodeAt` (the Markdown reader, the
// glossary's JSON locator and its singulariser), named once for every core module.

export const TAB = 0x09;
export const NEWLINE = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const APOSTROPHE = 0x27;
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const LESS_THAN = 0x3c;
export const UPPER_S = 0x53;
export const OPEN_BRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;
export const BACKTICK = 0x60;
export const LOWER_E = 0x65;
export const LOWER_I = 0x69;
export const LOWER_S = 0x73;
export const LOWER_Y = 0x79;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
