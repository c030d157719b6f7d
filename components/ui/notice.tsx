// A boxed message: information, a warning, an error or a success.
import type { ReactNode } from "react";

type Tone = "info" | "warning" | "error" | "success";

const TONES: Record<Tone, string> = {
  info: "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
  warning:
    "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  error:
    "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  success:
    "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
};

export function Notice({
  tone = "info",
  title,
  children,
  role,
  onDismiss,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** "status" or "alert" when the notice appears in response to something and must be announced. */
  role?: "status" | "alert";
  onDismiss?: () => void;
}) {
  return (
    <div
      role={role}
      data-tone={tone}
      className={`flex items-start gap-3 rounded-lg border p-3 text-sm ${TONES[tone]}`}
    >
      <div className="min-w-0 flex-1 space-y-1 wrap-break-word">
        {title && <p className="font-semibold">{title}</p>}
        {children}
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss"
          className="rounded px-1.5 text-base leading-none hover:bg-black/5 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:hover:bg-white/10"
        >
          ×
        </button>
      )}
    </div>
  );
}
