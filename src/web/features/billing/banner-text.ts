import { formatDate } from '../../lib/dates';

/** The server writes dates in its messages as YYYY-MM-DD; people read "12 Mar 2026". */
export const localizeDates = (text: string) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso));
