/** The wizard's release, written into every bundle (kept equal to package.json by a test). */
export const WIZARD_VERSION = "0.1.0";
export const WIZARD_NAME = "flows-advanced-settings-wizard";
