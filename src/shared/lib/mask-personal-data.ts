/**
 * Defence in depth for screens in public view (the wall display): the API already masks what the
 * `wall` role receives, and text from the public may still carry a phone number or an ID number
 * typed into it. These patterns find them in the forms people write them: separators, full-width
 * digits, a +86 / 0086 prefix, landlines with an area code; and mask every digit of what they find.
 */

/** Full-width digits are one UTF-16 unit each, like ASCII ones: positions are kept. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
}

// One optional separator between digit groups: a space, hyphen or dot (full-width too).
const sep = '[ \\u3000\\-－.．]?'
const notAfterDigit = '(?<![0-9])'
const notBeforeDigit = '(?![0-9])'
const countryCode = `(?:(?:\\+|＋|00)${sep}86${sep}|[(（](?:\\+|＋)?86[)）]${sep})`

const patterns: readonly RegExp[] = [
  // Resident ID: 18 characters (the last may be X) or the old 15 digits, often grouped 6-8-4.
  new RegExp(`${notAfterDigit}[0-9]{6}${sep}[0-9]{8}${sep}[0-9]{3}[0-9Xx]${notBeforeDigit}`, 'g'),
  new RegExp(`${notAfterDigit}[0-9]{6}${sep}[0-9]{6}${sep}[0-9]{3}${notBeforeDigit}`, 'g'),
  // Mobile: 1[3-9]x xxxx xxxx, a separator allowed between any two digits.
  new RegExp(`(?:${countryCode}|${notAfterDigit})1${sep}[3-9](?:${sep}[0-9]){9}${notBeforeDigit}`, 'g'),
  // Landline with its area code (0633-1234567, (0633)1234567, +86 633 1234567).
  new RegExp(
    `(?:${countryCode}[1-9][0-9]{1,2}|${notAfterDigit}[(（]0[0-9]{2,3}[)）]|${notAfterDigit}0[0-9]{2,3})${sep}[0-9]{3,4}${sep}[0-9]{4}${notBeforeDigit}`,
    'g',
  ),
]

/** `text` with the digits of every phone and ID number in it replaced by `*` (the rest kept). */
export function maskPersonalNumbers(text: string): string {
  const found = asciiDigits(text)
  // UTF-16 units, as the match indexes count them (an emoji is two).
  const units = text.split('')
  for (const pattern of patterns) {
    for (const match of found.matchAll(pattern)) {
      for (let i = match.index; i < match.index + match[0].length; i++) {
        if (/[0-9Xx]/.test(found[i] ?? '')) units[i] = '*'
      }
    }
  }
  return units.join('')
}

/**
 * A person's name as a public screen may show it: the first character and a fixed mask, so that
 * neither the given name nor its length shows (王建国 → 王**, Li Hong → L**).
 */
export function maskPersonName(name: string): string {
  // The first grapheme: a surname written with a combining mark or outside the BMP stays whole.
  const first = new Intl.Segmenter().segment(name.trim())[Symbol.iterator]().next().value?.segment
  return first === undefined ? '' : `${first}**`
}
