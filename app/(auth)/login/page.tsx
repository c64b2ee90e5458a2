import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

// `error` is set by Auth.js when it sends a failed sign-in here (pages.error in lib/auth/config.ts).
type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; unsaved?: string; error?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, signedOut, unsaved, error } = await searchParams;
  if (await getActor()) redirect('/admin');
  return (
    <>
      <h1>Sign in</h1>
      <p>For Contrast&apos;s editors. Readers need no account.</p>
      {signedOut ? <p className="form-message form-message-ok">You have signed out.</p> : null}
      {error !== undefined ? (
        <p className="form-message form-message-error" role="alert">
          Signing in did not work. Please try again.
        </p>
      ) : null}
      {unsaved === 'kept' ? (
        <p className="form-message form-message-error" role="alert">
          Your session ended before your change could be saved, so nothing was changed yet. Sign in: what you wrote is kept, and will be back in the form.
        </p>
      ) : unsaved ? (
        <p className="form-message form-message-error" role="alert">
          Your session ended before your change could be saved, so nothing was changed. Sign in, then make the change again.
        </p>
      ) : null}
      <LoginForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : '/admin'} />
    </>
  );
}
