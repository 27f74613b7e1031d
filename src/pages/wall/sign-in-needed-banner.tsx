import { Link, useLocation } from '@tanstack/react-router'
import type { WallTexts } from './wall.zh-cn'
import styles from './sign-in-needed-banner.module.css'

/**
 * "Sign-in needed" over the wall's footer when its session is lost: what happened and what to do
 * (an administrator opens the sign-in page on this screen), as a hint and a link, never a form
 * covering the room's view. The figures above stay as they were, with their time.
 */
export function SignInNeededBanner({ texts }: { texts: WallTexts }) {
  const { href } = useLocation()
  const [before, after = ''] = texts.session.signInHint.split('{{link}}')
  return (
    <p className={styles.banner} role="status">
      <strong className={styles.title}>⚠ {texts.session.signInNeeded}</strong>
      <span>
        {before}
        {/* Back to this very link (its scenes and interval) after signing in. */}
        <Link to="/sign-in" search={{ redirect: href }} className={styles.link}>
          /sign-in?redirect=/wall
        </Link>
        {after}
      </span>
    </p>
  )
}
