// The page's title and its promise, shared by the first screen and the loaded wizard. On phones
// the header is short (a smaller title, the promise in one line) so the step shows sooner.
export function HeaderTitle() {
  return (
    <div className="min-w-0">
      <h1 className="text-base font-semibold sm:text-xl">Spacelift Flows: advanced settings</h1>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <span className="sm:hidden">Nothing you type or upload leaves this browser.</span>
        <span className="max-sm:hidden">
          Private VPC, HTTP proxy and custom CAs for self-hosted Flows on EKS. Runs entirely in your
          browser: nothing you type or upload leaves it.
        </span>
      </p>
    </div>
  );
}
