/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
 * presentation forms; the RTL blocks of the supplementary planes) and the invisible controls
 * that steer the Unicode bidirectional algorithm (marks, embeddings, overrides, isolates).
 */
const directionalText =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

/** FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. */
const isolateStart = '\u2068'
const isolateEnd = '\u2069'

/**
 * `text` made safe to place inside a sentence of ours: a name from the public that holds
 * right-to-left letters or bidi controls is wrapped in an isolate, so that it can neither
 * reorder the words and numbers around it (an Arabic name next to "3 件") nor, with an override
 * it never closes (U+202E), reverse the rest of the line. The closing isolate ends whatever
 * the text opened. Text without such characters, nearly all of it, is returned as it is: it
 * cannot disturb its neighbours, and it stays byte for byte what the API sent.
 */
export function isolateBidi(text: string): string {
  return directionalText.test(text) ? `${isolateStart}${text}${isolateEnd}` : text
}
