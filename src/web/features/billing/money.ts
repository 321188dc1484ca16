import { ZERO_DECIMAL } from '../../../shared/billing';

/** Digits after the decimal point in Stripe amounts for this currency (0 for JPY, 2 for EUR). */
export const minorDigits = (currency: string): number => (ZERO_DECIMAL.has(currency.toLowerCase()) ? 0 : 2);

const formatters = new Map<string, Intl.NumberFormat>();

/** "€49.00", "¥5,000": an amount in the currency's minor unit, in the viewer's locale. */
export function formatMoney(cents: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const key = `${locale ?? ''}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currency.toUpperCase(),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(cents / 10 ** digits);
}

/** The amount as typed in a price field: "49.00", "5000" (no grouping, a dot for decimals). */
export function centsToMoneyInput(cents: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 10 ** digits);
  const fraction = String(abs % 10 ** digits).padStart(digits, '0');
  return `${sign}${whole}.${fraction}`;
}

/**
 * Reads a typed price ("49", "49.5", "49,50", "1,234.56", "1.234,56", "€ 49") as minor units, with
 * string arithmetic so 19.99 never turns into 1998. A lone separator followed by exactly three digits
 * groups thousands ("1,000" is a thousand); null when it is not a number or has more decimals than
 * the currency allows (JPY has none).
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(-?)[\p{Sc}a-z]*(-?)([\d.,]*\d[\d.,]*)[\p{Sc}a-z]*$/iu.exec(text.replace(/[\s\u00a0\u202f']/g, ''));
  if (!match) return null;
  const negative = match[1] === '-' || match[2] === '-';
  const cleaned = match[3] ?? '';
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  let whole = cleaned;
  let fraction = '';
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const at = cleaned.lastIndexOf(decimal);
    whole = cleaned.slice(0, at).replace(/[.,]/g, '');
    fraction = cleaned.slice(at + 1);
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ',';
    const parts = cleaned.split(separator);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length > 2 || last.length === 3) {
      // Grouping: every group after the first has three digits.
      if (parts.slice(1).some((part) => part.length !== 3)) return null;
      whole = parts.join('');
    } else {
      whole = parts[0] ?? '';
      fraction = last;
    }
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  if (fraction.replace(/0+$/, '').length > digits) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}
