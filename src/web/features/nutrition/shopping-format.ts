import { GRAMS_PER_OUNCE } from '../../../shared/nutrition';

/*
 * Shopping quantities as a person buys them: "350 g", "1.2 kg" (or "12 oz", "2.6 lb" for a client
 * in pounds). Pure: tested in shopping-format.test.ts.
 */

const OUNCES_PER_POUND = 16;
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** Small amounts to the gram, then to 5 g, then kilograms to one decimal. */
export function formatQuantity(grams: number, units: 'kg' | 'lb' = 'kg'): string {
  if (units === 'lb') {
    const ounces = grams / GRAMS_PER_OUNCE;
    if (ounces < OUNCES_PER_POUND) return `${oneDecimal.format(ounces < 10 ? Math.round(ounces * 10) / 10 : Math.round(ounces))} oz`;
    return `${oneDecimal.format(ounces / OUNCES_PER_POUND)} lb`;
  }
  if (grams < 100) return `${whole.format(Math.round(grams))} g`;
  if (grams < 1000) return `${whole.format(Math.round(grams / 5) * 5)} g`;
  return `${oneDecimal.format(grams / 1000)} kg`;
}

/** "on 1 day", "on 5 days". */
export const onDays = (days: number) => `on ${days} ${days === 1 ? 'day' : 'days'}`;
