import { useQuery } from '@tanstack/react-query'
import { Link, Navigate, Outlet } from '@tanstack/react-router'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AssumedCalendarNotice } from '@/entities/calendar/ui/assumed-calendar-notice'
import { LanguageSelect } from '@/features/preferences/language-select'
import { ThemeSelect } from '@/features/preferences/theme-select'
import { meQueryOptions } from '@/entities/session/me-query'
import { CurrentUser } from '@/features/session/current-user'
import { useSessionExpiry } from '@/features/session/session-expiry'
import { OfflineNotice } from '@/shared/ui/offline-notice/offline-notice'
import { navItems, visibleNavItems } from './nav-items'
import { PendingApprovals } from './pending-approvals'
import styles from './app-shell.module.css'

// Needed only once a session has ended: not part of the first load.
const SessionExpiredDialog = lazy(() =>
  import('@/features/session/session-expired-dialog').then((module) => ({
    default: module.SessionExpiredDialog,
  })),
)

/** The chrome around every page but the wall display and sign-in: brand, navigation, toolbar. */
export function AppShell() {
  const { t } = useTranslation()
  const [menuOpen, setMenuOpen] = useState(false)
  const expired = useSessionExpiry((state) => state.expired)
  // Not asked while signed out: the answer would be a 401 about what is already known.
  const me = useQuery({ ...meQueryOptions(), enabled: !expired })

  // Asked only of a user the API would answer: another's count would be a 403.
  const mayDecide = !expired && me.data?.permissions.includes('decide') === true

  // The wall account's only page is the wall display.
  if (me.data?.role === 'wall') return <Navigate to="/wall" replace />

  return (
    <div className={styles.shell} data-menu-open={menuOpen}>
      <a href="#main" className={styles.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={styles.topbar}>
        <button
          type="button"
          className={styles.menuButton}
          aria-expanded={menuOpen}
          aria-controls="primary-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true" className={styles.menuIcon} />
          {t('nav.menu')}
          {/* On a phone the navigation is folded away: its count shows on the button that opens it. */}
          {mayDecide ? <PendingApprovals /> : null}
        </button>
        <Link to="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            督
          </span>
          <span className={styles.brandText}>
            <span className={styles.brandName}>{t('app.name')}</span>
            <span className={styles.brandTagline}>{t('app.tagline')}</span>
          </span>
        </Link>
        <div className={styles.toolbar}>
          <span className={styles.zoneNote}>{t('time.zoneNote')}</span>
          <LanguageSelect hideLabel />
          <ThemeSelect hideLabel />
          {expired ? null : <CurrentUser />}
        </div>
      </header>
      <nav
        id="primary-nav"
        aria-label={t('nav.main')}
        className={styles.nav}
        data-open={menuOpen}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setMenuOpen(false)
        }}
      >
        <ul className={styles.navList}>
          {visibleNavItems(navItems, me.data?.permissions).map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className={styles.navLink}
                activeOptions={{ exact: item.to === '/', includeSearch: false }}
                onClick={() => setMenuOpen(false)}
              >
                {t(item.labelKey)}
                {item.to === '/approvals' && mayDecide ? <PendingApprovals /> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className={styles.main}>
        {/* In the first paint (the shell route waits briefly for the calendar): arriving later,
            it pushed the whole page down. */}
        {/* A session that ended takes every personal field off the page until sign-in. */}
        {expired ? (
          <Suspense fallback={null}>
            <SessionExpiredDialog />
          </Suspense>
        ) : (
          <>
            <OfflineNotice />
            <AssumedCalendarNotice />
            <Outlet />
          </>
        )}
      </main>
    </div>
  )
}
