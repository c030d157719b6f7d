// Buttons in four weights; every one has a visible focus ring.
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const VARIANTS: Record<Variant, string> = {
  // Disabled, a primary button turns grey in both themes: a faded bright blue still reads as
  // "click me" on a dark page.
  primary:
    "bg-sky-700 text-white enabled:hover:bg-sky-800 disabled:bg-slate-200 disabled:text-slate-500 dark:bg-sky-500 dark:text-slate-950 dark:enabled:hover:bg-sky-400 dark:disabled:bg-slate-800 dark:disabled:text-slate-500",
  secondary:
    "border border-slate-300 bg-white text-slate-900 enabled:hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:enabled:hover:bg-slate-800",
  ghost:
    "text-slate-700 enabled:hover:bg-slate-100 disabled:opacity-50 dark:text-slate-300 dark:enabled:hover:bg-slate-800",
  danger:
    "bg-red-700 text-white enabled:hover:bg-red-800 disabled:opacity-50 dark:bg-red-500 dark:text-slate-950 dark:enabled:hover:bg-red-400",
};

export const FOCUS_RING =
  "focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-slate-950";

export function Button({
  variant = "secondary",
  size = "md",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "sm" | "md" }) {
  const sizing = size === "sm" ? "px-2.5 py-1 text-xs" : "px-4 py-2 text-sm";
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors disabled:cursor-not-allowed ${sizing} ${VARIANTS[variant]} ${FOCUS_RING} ${className}`}
      {...props}
    />
  );
}
