import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Alert } from '@/entities/alert/api/alert-mutations'
import { Button } from '@/shared/ui/button/button'
import formStyles from '@/shared/ui/action-form/action-form.module.css'
import { AcknowledgeButton } from './acknowledge-button'
import { actionsFor } from './alert-steps'
import { PlanForm } from './plan-form'
import { ResolveForm } from './resolve-form'

type OpenForm = 'plan' | 'resolve' | null

interface AlertActionsProps {
  alert: Alert
  /** Said and focused by the entry once the action is done and the list refreshes. */
  onDone: (message: string) => void
}

/**
 * A director's next steps on one alert: acknowledge at once; activate a plan or resolve through
 * a form that opens below the buttons. Cancelling a form gives focus back to its button.
 */
export function AlertActions({ alert, onDone }: AlertActionsProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<OpenForm>(null)
  const planButton = useRef<HTMLButtonElement>(null)
  const resolveButton = useRef<HTMLButtonElement>(null)
  const available = actionsFor(alert.status)
  if (!available.acknowledge && !available.activatePlan && !available.resolve) return null
  const done = (message: string) => {
    setOpen(null)
    onDone(message)
  }
  const cancel = () => {
    const button = open === 'plan' ? planButton : resolveButton
    setOpen(null)
    requestAnimationFrame(() => button.current?.focus())
  }
  return (
    <div role="group" aria-label={t('alertLifecycle.actions.label')}>
      <div className={formStyles.toolbar}>
        {available.acknowledge ? <AcknowledgeButton alertId={alert.id} onDone={done} /> : null}
        {available.activatePlan ? (
          <Button
            ref={planButton}
            aria-expanded={open === 'plan'}
            onClick={() => setOpen(open === 'plan' ? null : 'plan')}
          >
            {t('alertLifecycle.actions.activatePlan')}
          </Button>
        ) : null}
        {available.resolve ? (
          <Button
            ref={resolveButton}
            aria-expanded={open === 'resolve'}
            onClick={() => setOpen(open === 'resolve' ? null : 'resolve')}
          >
            {t('alertLifecycle.actions.resolve')}
          </Button>
        ) : null}
      </div>
      <div className={formStyles.formSlot}>
        {open === 'plan' ? <PlanForm alertId={alert.id} onDone={done} onCancel={cancel} /> : null}
        {open === 'resolve' ? <ResolveForm alertId={alert.id} onDone={done} onCancel={cancel} /> : null}
      </div>
    </div>
  )
}
