// The Start step's heading and introduction. The static first screen shows the same text, so the
// page's main content paints from the HTML, before any script has run.
export function StartIntro() {
  return (
    <div className="space-y-1">
      <h2 id="start-title" className="text-xl font-semibold">
        Start
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This wizard writes the Helm values, Terraform variables and install commands for three
        advanced settings of Spacelift Flows on EKS: a private VPC ingress, an outbound HTTP proxy
        and your own root CAs. Start from the setup closest to yours; every answer can be changed
        later and is saved in this browser as you type.
      </p>
    </div>
  );
}
