import { Wizard } from "@/components/wizard/wizard";

export default function Page() {
  return <Wizard />;
}
