// Maps validation error paths (steps.evaluation.keyPoints[0].text, [2].slug) onto inputs.

export interface FieldError {
  field: string;
  message: string;
}

/** A DOM id for a document path. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/-+$/, '');
}

/** The path one level up: a.b[0].c -> a.b[0] -> a.b -> a -> null. */
export function parentPath(path: string): string | null {
  const m = /^(.*?)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
  if (!m) return null;
  return m[1] || null;
}

/** The closest known path at or above `path`, or null. */
export function nearestField(path: string, known: (path: string) => boolean): string | null {
  for (let p: string | null = path; p; p = parentPath(p)) if (known(p)) return p;
  return null;
}

/** Import errors grouped by document index ("[2].slug" -> 2: slug); others under -1. */
export function groupByDocument(errors: FieldError[]): Map<number, FieldError[]> {
  const groups = new Map<number, FieldError[]>();
  for (const e of errors) {
    const m = /^\[(\d+)\]\.?(.*)$/.exec(e.field);
    const index = m ? Number(m[1]) : -1;
    const field = m ? m[2] : e.field;
    if (!groups.has(index)) groups.set(index, []);
    groups.get(index)!.push({ field, message: e.message });
  }
  return groups;
}
