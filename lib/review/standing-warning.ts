// The shape of one Review warning, shared by warnings.ts and the modules that add to it.
import type { StepId } from "../steps/steps";

export interface StandingWarning {
  id: string;
  step: StepId;
  /** The config path of the field that fixes it, when there is one. */
  field?: string;
  message: string;
}
