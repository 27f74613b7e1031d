/**
 * Hostile free text for the `hostile-text` scenario: values a real backend could pass on from the
 * public or from a careless import, which the dashboard must show as plain, literal text and
 * never let break its layout, its exports or its wall display.
 *
 * One list for every free-text field (summaries, business and unit names, people's names, notes,
 * reasons, hotspot terms, the duty roster): a field that takes a value from here is clipped to
 * its contract's maxLength where it has one, never filtered.
 */

export const HOSTILE_TEXTS: readonly string[] = [
  // Markup and script: rendered as HTML any of these would run or inject an element.
  '<script>alert("xss")</script>商家拒绝退款',
  '<img src=x onerror="alert(1)">图片无法显示',
  '"><svg onload=alert(document.cookie)>',
  '<b>加粗</b> &amp; &lt;转义&gt; <a href="javascript:alert(1)">点击</a>',
  'javascript:alert(1)',
  // Template and format-string syntax some renderers evaluate.
  '{{constructor.constructor("alert(1)")()}} ${7*7} %s%s%n',
  // Right-to-left text and bidi controls (a reversed file name).
  'مرحبا بالعالم — نص من اليمين إلى اليسار 商家名称',
  '\u202Eexe.txt\u202C 双向控制字符 \u200F\u200E',
  'שלום עולם 混合方向文本 123',
  // Zero-width characters inside a name (ZWSP, BOM, ZWNJ, ZWJ): looks like 商家名称.
  '商\u200B家\uFEFF名\u200C称\u200D',
  // Emoji, with ZWJ sequences, skin tones and flags: several code points per visible character.
  '👨‍👩‍👧‍👦 家庭套餐 🏳️‍🌈 👍🏽 退款😡 🧑🏻‍💻',
  // Lookalikes of personal data that a wall display must scrub.
  '联系电话13812345678，身份证号370102199001011234，请尽快处理',
  // Numbers as strings: a careless `Number()` or `parseFloat` turns them into Infinity, NaN, -0, 16.
  '1e309',
  'NaN',
  '-0',
  '0x10',
  // Cells a spreadsheet would run as formulas (CSV injection).
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2',
  '@SUM(A1)',
  '\t=1+1 制表符开头',
  '\r=1+1 回车开头',
  // Very long: CJK (breaks anywhere) and one Latin word with no break opportunity.
  '投诉'.repeat(1200),
  `超长无空格${'W'.repeat(400)}`,
  // Characters JSON carries but XML (a .docx) cannot: NUL, backspace, an ANSI escape, U+FFFF.
  '控制字符\u0000NUL\u0008BS\u001B[31mESC\u007F 非字符\uFFFF',
  // A canary: read as markup, it would set a global the browser test looks for.
  '<img src=x onerror="window.__dubanPwned=1">金丝雀<svg onload="window.__dubanPwned=2">',
]

/** A 32-bit mix (murmur3's finalizer): neighbouring seeds pick unrelated texts. */
function mix(value: number): number {
  let h = value | 0
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * The hostile text for `slot` (a field) of the thing seeded by `seed` (an order's text seed, an
 * alert's id hash…): deterministic, and drawing nothing from a random stream, so that turning
 * hostile text on never shifts a scenario's other draws.
 */
export function hostilePick(seed: number, slot: number): string {
  return HOSTILE_TEXTS[mix(seed + Math.imul(slot, 0x9e37_79b9)) % HOSTILE_TEXTS.length] ?? ''
}

/** A string's hash, to seed `hostilePick` from an id. */
export function textSeedOf(text: string): number {
  let h = 0x811c_9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x0100_0193)
  return h >>> 0
}

/** At most `max` code points (the contract's maxLength counts code points). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  const points = Array.from(text)
  return points.length <= max ? text : points.slice(0, max).join('')
}
