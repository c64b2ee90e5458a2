import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; unsaved?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, signedOut, unsaved } = await searchParams;
  if (await getActor()) redirect('/admin');
  return (
    <>
      <h1>Sign in</h1>
      <p>For Contrast&apos;s editors. Readers need no account.</p>
      {signedOut ? <p className="form-message form-message-ok">You have signed out.</p> : null}
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
