import { RotateCw } from 'lucide-react';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { Button, buttonClass } from '../ui/button';
import { Logo } from '../ui/logo';

/** When a page's code itself fails (often: a new version was deployed and an old chunk is gone). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const staleChunk =
    error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <Logo />
      <h1 className="text-xl font-semibold text-text">{notFound ? "This page doesn't exist" : 'Something went wrong on this page'}</h1>
      <p className="text-muted">
        {staleChunk
          ? 'OneCoach was just updated. Reload to get the new version; nothing you saved is lost.'
          : notFound
            ? 'The link may be old or mistyped.'
            : 'Reloading usually fixes it. If it keeps happening, let your coach know what you were doing.'}
      </p>
      <div className="flex gap-2">
        <Button onClick={() => window.location.reload()} icon={<RotateCw aria-hidden className="size-4" />}>
          Reload
        </Button>
        <Link to="/" className={buttonClass('secondary')}>
          Go home
        </Link>
      </div>
    </main>
  );
}

export function NotFoundPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <Logo />
      <h1 className="text-xl font-semibold text-text">This page doesn't exist</h1>
      <p className="text-muted">The link may be old or mistyped.</p>
      <Link to="/" className={buttonClass('primary', 'md', 'self-start')}>
        Go home
      </Link>
    </main>
  );
}
