import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { meQueryOptions } from '@/entities/session/me-query'
import { isApiError } from '@/shared/api/api-error'
import { describeApiError } from '@/shared/api/describe-api-error'
import { Button } from '@/shared/ui/button/button'
import { revealContactMutationOptions } from '../api/reveal-contact'
import type { WorkOrderDetail } from '../model/work-order-detail'
import { Fact, Section } from './section'
import styles from './detail.module.css'

interface ContactCardProps {
  id: string
  contact: WorkOrderDetail['contact']
}

/**
 * The complainant's contact, masked as the API sends it. Users with `revealContact` may ask for
 * it in full: an audited request, answered only to this component and forgotten when the drawer
 * closes. Others are not offered the button; a refusal from the API is said plainly all the same.
 */
export function ContactCard({ id, contact }: ContactCardProps) {
  const { t } = useTranslation()
  const me = useQuery(meQueryOptions())
  const mayReveal = me.data?.permissions.includes('revealContact') ?? false
  const reveal = useMutation(revealContactMutationOptions(id))
  const shown = reveal.data ?? contact
  const anonymous = shown.name === null && shown.phone === null

  return (
    <Section title={t('workOrderDetail.contact.heading')}>
      <dl className={styles.facts}>
        <Fact label={t('workOrderDetail.contact.name')} freeText>
          {shown.name ?? t(anonymous ? 'workOrderDetail.contact.anonymous' : 'workOrderDetail.contact.none')}
        </Fact>
        <Fact label={t('workOrderDetail.contact.phone')} freeText>
          {shown.phone ?? t(anonymous ? 'workOrderDetail.contact.anonymous' : 'workOrderDetail.contact.none')}
        </Fact>
      </dl>
      {reveal.data ? (
        <p className={styles.revealed} role="status">
          {t('workOrderDetail.contact.revealedNote')}{' '}
          <Button variant="quiet" onClick={() => reveal.reset()}>
            {t('workOrderDetail.contact.hide')}
          </Button>
        </p>
      ) : (
        <>
          <p className={styles.muted}>{t('workOrderDetail.contact.maskedNote')}</p>
          {anonymous ? null : mayReveal ? (
            <p>
              <Button onClick={() => reveal.mutate()} disabled={reveal.isPending}>
                {reveal.isPending
                  ? t('workOrderDetail.contact.revealing')
                  : t('workOrderDetail.contact.reveal')}
              </Button>
            </p>
          ) : me.data ? (
            <p className={styles.muted}>{t('workOrderDetail.contact.notAllowed')}</p>
          ) : null}
          {reveal.isError ? (
            <p role="alert" className={styles.errorText}>
              {isApiError(reveal.error) && reveal.error.status === 403
                ? t('workOrderDetail.contact.refused', { detail: reveal.error.problem?.detail ?? '' }).trim()
                : t('workOrderDetail.contact.failed', { reason: describeApiError(reveal.error, t) })}
            </p>
          ) : null}
        </>
      )}
    </Section>
  )
}
