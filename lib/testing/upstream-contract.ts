// Checks generated files against the upstream contract (modules.ts, charts.ts): every module
// argument is an upstream input of a compatible type, every required input is set, every output
// read exists, every Helm value path is one the pinned chart reads. Used by the tests; pure.
import {
  AGENT_MODULE_CONTRACT,
  MAIN_MODULE_CONTRACT,
  type ModuleContract,
  type TfType,
} from "../upstream/modules";
import type { ChartContract, ValueType } from "../upstream/charts";
import { compareVersions } from "../config/versions";

type Block = Record<string, unknown>;
/** main.tf as @cdktf/hcl2json returns it (strings still hold their `${…}` templates). */
export interface ParsedRoot {
  variable?: Record<string, [Block]>;
  module?: Record<string, [Block]>;
  output?: Record<string, [Block]>;
}

const MODULE_CONTRACTS: Record<string, ModuleContract> = {
  spacelift_flows: MAIN_MODULE_CONTRACT,
  spacelift_flows_agent_pool: AGENT_MODULE_CONTRACT,
};

function literalType(value: unknown): TfType | "null" | null {
  if (value === null) return "null";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "number";
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return "list(string)";
  if (typeof value === "string" && !value.includes("${")) return "string";
  return null;
}

/** The type of an argument: a literal, `var.x`, `module.m.o`, or the few expressions main.tf uses. */
export function expressionType(value: unknown, root: ParsedRoot): TfType | "null" | string {
  const literal = literalType(value);
  if (literal) return literal;
  if (typeof value !== "string") return `unknown value ${JSON.stringify(value)}`;
  const variable = /^\$\{var\.([a-z0-9_]+)\}$/.exec(value);
  if (variable) {
    const declared = root.variable?.[variable[1]!]?.[0];
    if (!declared) return `undeclared variable ${variable[1]}`;
    return String(declared.type).replace(/^\$\{(.*)\}$/, "$1");
  }
  const output = /^\$\{module\.([a-z0-9_]+)\.([a-z0-9_]+)\}$/.exec(value);
  if (output) {
    const contract = MODULE_CONTRACTS[output[1]!];
    const found = contract?.outputs[output[2]!];
    return found ? found.type : `no output ${output[1]}.${output[2]}`;
  }
  // `var.x == "" ? null : var.x` and `replace(var.x, "…", var.y)`: strings built from variables.
  const vars = [...value.matchAll(/var\.([a-z0-9_]+)/g)].map((m) => m[1]!);
  if (/^\$\{(replace\(|var\.[a-z0-9_]+ == "" \? null : )/.test(value) && vars.length > 0) {
    const types = vars.map((name) =>
      String(root.variable?.[name]?.[0]?.type ?? "missing").replace(/^\$\{(.*)\}$/, "$1"),
    );
    return types.every((t) => t === "string") ? "string" : `mixed ${types.join(",")}`;
  }
  return `unknown expression ${value}`;
}

function compatible(input: TfType, given: string): boolean {
  if (given === "null") return true;
  if (input === "any") return !given.includes(" ");
  return input === given;
}

/** Every problem of the generated root module against the upstream contract; [] when none. */
export function checkRootModule(root: ParsedRoot): string[] {
  const problems: string[] = [];
  for (const [name, [block]] of Object.entries(root.module ?? {})) {
    const contract = MODULE_CONTRACTS[name];
    if (!contract) {
      problems.push(`module ${name} is not one the wizard knows`);
      continue;
    }
    for (const [argument, value] of Object.entries(block)) {
      if (argument === "source") continue;
      const input = contract.inputs[argument];
      if (!input) {
        problems.push(`${name}.${argument} is not an input of the module`);
        continue;
      }
      const type = expressionType(value, root);
      if (!compatible(input.type, type))
        problems.push(`${name}.${argument} is ${type}, the module wants ${input.type}`);
    }
    for (const [input, spec] of Object.entries(contract.inputs))
      if (spec.required && !(input in block)) problems.push(`${name}.${input} is required`);
  }
  for (const [name, [block]] of Object.entries(root.output ?? {})) {
    const match = /^\$\{module\.([a-z0-9_]+)\.([a-z0-9_]+)\}$/.exec(String(block.value));
    const output = match && MODULE_CONTRACTS[match[1]!]?.outputs[match[2]!];
    if (!output) problems.push(`output ${name} reads ${String(block.value)}, no module output`);
    else if (output.sensitive && block.sensitive !== true)
      problems.push(`output ${name} must be sensitive`);
  }
  return problems;
}

function valueType(value: unknown): ValueType | null {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "number";
  if (
    Array.isArray(value) &&
    value.every((v) => typeof v === "object" && v !== null && "name" in v)
  )
    return "envList";
  return null;
}

/** Every value path in `values` that the chart does not read, or reads as another type. */
export function checkChartValues(
  values: Record<string, unknown>,
  chart: ChartContract,
  version: string,
): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, path: string) => {
    const spec = chart.values[path];
    if (spec) {
      const type =
        spec.type === "map" ? (typeof node === "object" ? "map" : null) : valueType(node);
      if (type !== spec.type) problems.push(`${chart.name}: ${path} is not a ${spec.type}`);
      if (compareVersions(version, spec.since) < 0)
        problems.push(
          `${chart.name}: ${path} needs chart ${spec.since}, the bundle pins ${version}`,
        );
      return;
    }
    if (typeof node === "object" && node !== null && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    problems.push(`${chart.name}: ${path} is not a value the chart reads`);
  };
  walk(values, "");
  return problems;
}
