import { createFileRoute } from '@tanstack/react-router'
import { SignInPage } from '@/pages/sign-in/sign-in-page'
import { signInSearchSchema } from '../search/sign-in-search'

export const Route = createFileRoute('/sign-in')({
  validateSearch: signInSearchSchema,
  component: function SignInRoute() {
    const { redirect } = Route.useSearch()
    return <SignInPage redirectTo={redirect ?? '/'} />
  },
})
