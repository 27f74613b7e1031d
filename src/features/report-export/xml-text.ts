/**
 * Characters XML 1.0 does not allow in a document: C0 controls other than tab, line feed and
 * carriage return; U+FFFE and U+FFFF; a surrogate without its pair. A .docx is XML, and one such
 * character in a name from the API (JSON carries `\uFFFF` happily) makes the whole file
 * unreadable to Word. The `docx` library drops C0 controls itself but writes U+FFFE and U+FFFF
 * as they are, so the export drops them all. What a reader sees is unchanged: none of them prints.
 */
const notInXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `text` without the characters an XML document may not hold. */
export function xmlText(text: string): string {
  return text.replace(notInXml, '')
}
