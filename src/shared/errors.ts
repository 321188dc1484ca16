/** The closed list of error codes every API error uses, with the HTTP status each maps to. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UPSTREAM_FAILED: 502,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One bad field: `path` is dotted (e.g. "email", "tags.2"). */
export type FieldIssue = { path: string; message: string };

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: { fields?: FieldIssue[] } & Record<string, unknown> };
};
