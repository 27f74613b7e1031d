import { useTranslation } from 'react-i18next'
import { stepsOf, type StepFacts } from './alert-steps'
import styles from './alert-lifecycle.module.css'

const marks = { done: '✓', current: '●', todo: '○', skipped: '–' } as const

/**
 * Open → acknowledged → plan activated → resolved, each step marked by a symbol and a word (not
 * by colour alone); the current one is `aria-current="step"`. A cleared alert says so below.
 */
export function StepIndicator({ facts }: { facts: StepFacts }) {
  const { t } = useTranslation()
  return (
    <div className={styles.steps}>
      <ol className={styles.stepList} aria-label={t('alertLifecycle.steps.label')}>
        {stepsOf(facts).map(({ step, state }, i) => (
          <li key={step} className={styles.step} aria-current={state === 'current' ? 'step' : undefined}>
            {i > 0 ? (
              <span aria-hidden="true" className={styles.arrow}>
                →
              </span>
            ) : null}
            <span className={styles.stepPill} data-state={state}>
              <span aria-hidden="true" className={styles.stepMark}>
                {marks[state]}
              </span>
              <span>{t(`alertLifecycle.steps.${step}`)}</span>
              <span className="visually-hidden"> ({t(`alertLifecycle.steps.${state}`)})</span>
            </span>
          </li>
        ))}
      </ol>
      {facts.status === 'cleared' ? (
        <p className={styles.cleared}>{t('alertLifecycle.steps.clearedNote')}</p>
      ) : null}
    </div>
  )
}
