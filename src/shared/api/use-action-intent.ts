import { useState } from 'react'
import { createActionIntent, type ActionIntent } from './action-intent'

/** The intent of the action a component offers, kept for the component's life (see `ActionIntent`). */
export function useActionIntent(): ActionIntent {
  const [intent] = useState(createActionIntent)
  return intent
}
