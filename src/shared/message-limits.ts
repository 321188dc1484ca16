/** Plain constants (no zod), so the client's first screen can use them without the schema library. */
export const MESSAGE_MAX = 5000;
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
