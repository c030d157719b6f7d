import { WizardShell } from "@/components/wizard/wizard-shell";

export default function Page() {
  return <WizardShell />;
}
