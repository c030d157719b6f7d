// Classes of the certificate step not covered by components/ui (the warning lines of a card).
import { FOCUS_RING } from "@/components/ui/button";

export const FOCUS = FOCUS_RING;

export const WARNING_BOX =
  "rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";
