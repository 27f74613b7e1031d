import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import type { OnDuty } from './duty-now'
import { fill } from './use-wall-texts'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'

/**
 * The duty post and the public lines it answers, for visitors of the room; the names of the
 * people on duty only when the API gives them to walls (a deployment's choice, off by default).
 * Data text, masked again like every cell of the wall.
 */
export function DutyPost(props: { onDuty: OnDuty | null; texts: WallTexts }) {
  const { onDuty, texts } = props
  if (onDuty === null) return <p className={styles.duty} />
  const parts = [
    maskPersonalNumbers(onDuty.post),
    fill(texts.duty.lines, { lines: onDuty.lines.join(' / ') }),
    ...(onDuty.leader === null
      ? []
      : [fill(texts.duty.leader, { name: maskPersonalNumbers(onDuty.leader) })]),
    ...(onDuty.officers.length === 0
      ? []
      : [
          fill(texts.duty.officers, {
            names: onDuty.officers.map(maskPersonalNumbers).join(texts.duty.separator),
          }),
        ]),
  ]
  return (
    <p className={styles.duty} data-testid="wall-duty">
      <span className={styles.dutyLabel}>{texts.duty.title}</span> {parts.join(' · ')}
    </p>
  )
}
