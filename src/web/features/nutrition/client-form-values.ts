/** Form text to a number for the shared schemas: blank is "not given", anything else a number (NaN fails validation). */
export function numberOrUndefined(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return undefined;
  return /^-?\d*\.?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Zod's issues as the first message per top-level field ("kcal" → "Enter kcal"). */
export function issuesByField(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'root');
    errors[key] ??= issue.message;
  }
  return errors;
}
