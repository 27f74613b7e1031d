import { useSearch } from '@tanstack/react-router'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { allScenes } from './wall-scenes'
import type { WallScene } from './wall-search'
import type { AlertNaming } from './alert-text'
import { AlertsScene } from './alerts-scene'
import { DutyPost } from './duty-post'
import { onDutyAt } from './duty-now'
import { HeadlineScene } from './headline-scene'
import { NewAlertBanner } from './new-alert-banner'
import { RankingsScene } from './rankings-scene'
import { SignInNeededBanner } from './sign-in-needed-banner'
import { LiveStaleBanner } from './stale-banner'
import { TickerScene, type CodeName } from './ticker-scene'
import { TrendsScene } from './trends-scene'
import { takeResumeIndex } from './use-reload-after-deployment'
import { useIdle, useWallKeys, useWallRotation } from './use-wall-rotation'
import { useWallBenchHook } from './use-wall-bench-hook'
import { useNewAlerts } from './use-new-alerts'
import { useWallAlertsData } from './use-wall-alerts-data'
import { useWallOperations } from './use-wall-operations'
import { useWallData } from './use-wall-data'
import { useWallRankingsData } from './use-wall-rankings-data'
import { useWallTrendsData } from './use-wall-trends-data'
import { fill, useWallTexts } from './use-wall-texts'
import { WallClock } from './wall-clock'
import { dayMark } from './wall-time'
import styles from './wall-page.module.css'

/**
 * The wall display: full screen, no navigation chrome, readable from across the room, dark
 * whatever the app's theme. Its scenes and interval come from the link
 * (`/wall?scenes=headline,ticker&interval=20`); every figure comes from the API, and a scene
 * whose refresh fails keeps its last figures with their time.
 */
/** How long the scenes not on screen first wait before asking for their figures. */
const otherScenesDelayMs = 3000

export function WallPage() {
  const { t } = useTranslation()
  const locale = useLocale()
  const texts = useWallTexts()
  const search = useSearch({ from: '/wall' })
  const preferredSeconds = usePreferences((state) => state.wallRotationSeconds)
  const scenes = search.scenes ? (search.scenes.split(',') as WallScene[]) : allScenes
  // The preference is bounded by its own schema (5 to 600 s).
  const intervalMs = (search.interval ?? preferredSeconds) * 1000

  const data = useWallData()
  const { now, today } = data
  // After a reload for a deployment, the scene that was on screen.
  const [startIndex] = useState(() => takeResumeIndex(search.scenes ?? '', scenes.length))
  // The first scene's figures come alone; the other scenes ask a moment later (a scene lasts 5 s
  // at least), so that the first paint does not wait for data nobody sees yet.
  const [othersWanted, setOthersWanted] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setOthersWanted(true), otherScenesDelayMs)
    return () => clearTimeout(timer)
  }, [])
  const firstScene = scenes[startIndex] ?? scenes[0]
  const wanted = (scene: WallScene) => scenes.includes(scene) && (othersWanted || scene === firstScene)
  const trends = useWallTrendsData(today, { active: wanted('trends') })
  const rankings = useWallRankingsData(today, { active: wanted('rankings') })
  const alertsData = useWallAlertsData(today, {
    scene: wanted('alerts'),
    alerts: search.chime === 'on',
  })
  const fresh = useNewAlerts(alertsData.alerts.data, now, {
    enabled: search.chime === 'on',
    quiet: search.quiet,
  })

  const failed = (query: { isError: boolean; data?: unknown }) => query.isError && query.data === undefined
  const skipOf = (scene: WallScene): boolean => {
    switch (scene) {
      case 'headline':
        return failed(data.summaryToday) && failed(data.summaryYear) && failed(data.sixTimely)
      case 'trends':
        return (
          failed(trends.received) &&
          failed(trends.closure) &&
          failed(trends.mixToday) &&
          failed(trends.mixYear)
        )
      case 'rankings':
        return failed(rankings.districtClosure) && failed(rankings.unitClosure)
      case 'alerts':
        return failed(alertsData.alerts) && failed(alertsData.hotspots)
      case 'ticker':
        return failed(data.ticker)
    }
  }
  const skip = scenes.map(skipOf)
  const rotation = useWallRotation({ intervalMs, skip }, startIndex)
  useWallKeys(rotation)
  const idle = useIdle()

  const index = rotation.state.index < scenes.length ? rotation.state.index : 0
  const scene = scenes[index] ?? 'headline'
  const sceneName = texts.scenes[scene]
  useWallBenchHook(() => rotation.step('next'), { index, count: scenes.length, id: scene })

  // Announced politely, and only what a person did (a key): an unattended rotation every few
  // seconds would talk over anyone using a screen reader.
  const [announcement, setAnnouncement] = useState('')
  const lastSeen = useRef({ cycle: rotation.state.cycle, paused: rotation.state.paused })
  useEffect(() => {
    const before = lastSeen.current
    lastSeen.current = { cycle: rotation.state.cycle, paused: rotation.state.paused }
    if (rotation.cause !== 'user') return
    if (before.paused !== rotation.state.paused)
      setAnnouncement(rotation.state.paused ? texts.paused : texts.resumed)
    else if (before.cycle !== rotation.state.cycle) setAnnouncement(fill(texts.showing, { name: sceneName }))
  }, [rotation.state.cycle, rotation.state.paused, rotation.cause, sceneName, texts])

  // Stable per language: the trends chart's option is memoised on it.
  const codeName: CodeName = useCallback(
    (dimension, code) => {
      const key = `codes.${dimension}.${code}`
      // Codes are enumerated in the spec; an unknown one shows as itself rather than as a key.
      const name = t(key as 'codes.kind.complaint', { defaultValue: code })
      return name
    },
    [t],
  )
  const sixTimelyNames = {
    acceptance: t('sixTimely.items.acceptance.name'),
    dispatch: t('sixTimely.items.dispatch.name'),
    handling: t('sixTimely.items.handling.name'),
    supervision: t('sixTimely.items.supervision.name'),
    reply: t('sixTimely.items.reply.name'),
    analysis: t('sixTimely.items.analysis.name'),
  }

  const unitNames = new Map(alertsData.units.data?.items.map((unit) => [unit.code, unit.name]))
  const naming: AlertNaming = { codeName, unitNames, texts, locale }

  const asOfsOf = (shown: WallScene): (string | undefined)[] => {
    switch (shown) {
      case 'headline':
        return [data.summaryToday.data?.asOf, data.summaryYear.data?.asOf, data.sixTimely.data?.asOf]
      case 'trends':
        return [
          trends.received.data?.asOf,
          trends.closure.data?.asOf,
          trends.mixToday.data?.asOf,
          trends.mixYear.data?.asOf,
        ]
      case 'rankings':
        return [
          rankings.districtClosure.data?.asOf,
          rankings.unitClosure.data?.asOf,
          rankings.districtReceived.data?.asOf,
          rankings.unitReceived.data?.asOf,
          data.sixTimely.data?.asOf,
        ]
      case 'alerts':
        return [alertsData.alerts.data?.asOf, alertsData.hotspots.data?.asOf]
      case 'ticker':
        return [data.ticker.data?.asOf, data.summaryToday.data?.asOf]
    }
  }
  const asOfs = asOfsOf(scene)

  const operations = useWallOperations({
    scenes: search.scenes ?? '',
    scene,
    index,
    cycle: rotation.state.cycle,
    paused: rotation.state.paused,
    asOfs,
    refreshMs: data.refreshMs,
  })

  return (
    <main className={styles.wall} data-idle={idle} data-scene={scene}>
      <header className={styles.strip}>
        <h1 className={styles.title}>
          {t('app.name')} · {t('pages.wall.title')}
        </h1>
        <div className={styles.stripMiddle}>
          <p className={styles.sceneName}>
            {fill(texts.sceneLabel, { n: index + 1, count: scenes.length, name: sceneName })}
            {rotation.state.paused ? (
              <strong className={styles.pausedBadge}>{texts.pausedBadge}</strong>
            ) : null}
          </p>
          <DutyPost
            onDuty={data.dutyRoster.data ? onDutyAt(data.dutyRoster.data, now) : null}
            texts={texts}
          />
          <NewAlertBanner page={alertsData.alerts.data} fresh={fresh} naming={naming} />
        </div>
        <WallClock
          offsetMs={data.offsetMs}
          today={today}
          mark={dayMark(today, data.calendar.data)}
          locale={locale}
          texts={texts}
        />
      </header>

      <section className={styles.scene} aria-labelledby="wall-scene-title">
        <h2 id="wall-scene-title" className={styles.sceneTitle}>
          {sceneName}
        </h2>
        {scene === 'headline' ? (
          <HeadlineScene
            today={data.summaryToday}
            year={data.summaryYear}
            sixTimely={data.sixTimely}
            sixTimelyNames={sixTimelyNames}
            locale={locale}
            texts={texts}
          />
        ) : scene === 'trends' ? (
          <TrendsScene data={trends} codeName={codeName} locale={locale} texts={texts} />
        ) : scene === 'rankings' ? (
          <RankingsScene
            data={rankings}
            sixTimely={data.sixTimely}
            codeName={codeName}
            locale={locale}
            texts={texts}
          />
        ) : scene === 'alerts' ? (
          <AlertsScene
            alerts={alertsData.alerts}
            hotspots={alertsData.hotspots}
            fresh={fresh}
            today={today}
            naming={naming}
          />
        ) : (
          <TickerScene
            ticker={data.ticker}
            summaryToday={data.summaryToday}
            codeName={codeName}
            today={today}
            locale={locale}
            texts={texts}
          />
        )}
      </section>

      <footer className={styles.footer}>
        {operations.signInNeeded ? <SignInNeededBanner texts={texts} /> : null}
        <LiveStaleBanner
          asOfs={asOfs}
          offsetMs={data.offsetMs}
          refreshMs={data.refreshMs}
          locale={locale}
          texts={texts}
        />
        <p className={styles.keys}>{texts.keys}</p>
        <div className={styles.progress} aria-hidden="true">
          <div
            key={rotation.state.cycle}
            className={styles.progressBar}
            data-paused={rotation.state.paused}
            style={{ animationDuration: `${intervalMs}ms` }}
          />
        </div>
      </footer>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </main>
  )
}
