// The preview's files cross from the generator worker to the page on every keystroke. Most of
// them (certificates, verify.sh) do not change from one keystroke to the next, so only what
// changed is sent; the page keeps the rest. Pure functions, so both ends can be tested in Node.
import type { GeneratedFile } from "./types";

export interface FilesDelta {
  /** Every file's path, in order: the whole list after this update. */
  paths: string[];
  /** The files that are new or differ from what the other end last received, as plain data. */
  changed: GeneratedFile[];
}

/** What one end has sent: path → the file as sent. */
export type SentFiles = ReadonlyMap<string, GeneratedFile>;

function same(a: GeneratedFile, b: GeneratedFile): boolean {
  return (
    a.contents === b.contents &&
    a.description === b.description &&
    a.language === b.language &&
    !a.executable === !b.executable
  );
}

/** Plain data for structured cloning: reads lazily computed contents (SHA256SUMS) once. */
function plain(file: GeneratedFile): GeneratedFile {
  const copy: GeneratedFile = {
    path: file.path,
    contents: file.contents,
    language: file.language,
    description: file.description,
  };
  if (file.executable) copy.executable = true;
  return copy;
}

/**
 * The update that turns what was `sent` into `files`, and what has been sent after it. Files
 * for which `defer` is true and that were sent before are left out and not read (their contents
 * may be costly, like SHA256SUMS): they are listed in `deferred`, and a later call without
 * `defer` sends them if they changed.
 */
export function filesDelta(
  sent: SentFiles,
  files: readonly GeneratedFile[],
  defer: (file: GeneratedFile) => boolean = () => false,
): { delta: FilesDelta; sent: Map<string, GeneratedFile>; deferred: GeneratedFile[] } {
  const next = new Map<string, GeneratedFile>();
  const changed: GeneratedFile[] = [];
  const deferred: GeneratedFile[] = [];
  for (const file of files) {
    const previous = sent.get(file.path);
    if (previous && defer(file)) {
      deferred.push(file);
      next.set(file.path, previous);
      continue;
    }
    const copy = plain(file);
    next.set(copy.path, copy);
    if (!previous || !same(previous, copy)) changed.push(copy);
  }
  return { delta: { paths: files.map((f) => f.path), changed }, sent: next, deferred };
}

/**
 * Applies an update to the files already `known` (changed in place: files no longer listed are
 * dropped) and returns the whole list. Null when the update refers to a file this end never
 * received: the sender must then send everything again.
 */
export function applyFilesDelta(
  known: Map<string, GeneratedFile>,
  delta: FilesDelta,
): GeneratedFile[] | null {
  for (const file of delta.changed) known.set(file.path, file);
  const files: GeneratedFile[] = [];
  for (const path of delta.paths) {
    const file = known.get(path);
    if (!file) return null;
    files.push(file);
  }
  if (known.size !== files.length) {
    const listed = new Set(delta.paths);
    for (const path of [...known.keys()]) if (!listed.has(path)) known.delete(path);
  }
  return files;
}
