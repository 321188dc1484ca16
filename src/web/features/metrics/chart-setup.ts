import {
  BarController,
  BarElement,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  type ActiveElement,
  type Chart,
  type ChartEvent,
  type TooltipOptions,
} from 'chart.js';
import 'chartjs-adapter-date-fns';

/*
 * The one Chart.js theme. Only the *-canvas.tsx files import this module, and they are loaded
 * lazily, so Chart.js and date-fns stay out of the first download. Only the pieces used are registered.
 */
ChartJS.register(TimeScale, LinearScale, LineController, LineElement, PointElement, BarController, BarElement, Tooltip, Legend);
ChartJS.defaults.font.family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';

/** A design token's current value (light or dark set). */
export const token = (name: string, fallback: string) => {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
};

/** The colours every chart draws with, read from the tokens each render (so the theme follows the system). */
export function chartColors() {
  return {
    accent: token('--oc-accent', '#3449c9'),
    accentSoft: token('--oc-accent-soft', '#e9ecfb'),
    muted: token('--oc-text-muted', '#5c5b55'),
    line: token('--oc-line', '#dcdbd5'),
    lineStrong: token('--oc-line-strong', '#8c8b84'),
    text: token('--oc-text', '#1b1b1a'),
    surface: token('--oc-surface', '#ffffff'),
    success: token('--oc-success', '#1d7040'),
    warning: token('--oc-warning', '#875400'),
    danger: token('--oc-danger', '#b3261e'),
  };
}
export type ChartColors = ReturnType<typeof chartColors>;

/** A YYYY-MM-DD calendar day as local midnight, the x value of every time axis. */
export function dayTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

const DAY_MS = 86_400_000;
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });

/**
 * A time x axis: points sit by date. Ticks read "7 Dec" over a few months and "Dec 26" beyond,
 * in the viewer's locale. Weekly bars pass `weekStartsOn` (0 = Sunday): one tick per bar.
 */
export function timeAxis(colors: ChartColors, times: number[], options: { weekStartsOn?: number } = {}) {
  const span = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / DAY_MS : 0;
  const weekly = options.weekStartsOn !== undefined;
  return {
    type: 'time' as const,
    offset: weekly,
    time: {
      unit: weekly ? ('week' as const) : span > 240 ? ('month' as const) : span > 45 ? ('week' as const) : ('day' as const),
      isoWeekday: options.weekStartsOn ?? 1,
    },
    grid: { display: false },
    border: { color: colors.line },
    ticks: {
      source: weekly ? ('data' as const) : ('auto' as const),
      color: colors.muted,
      maxRotation: 0,
      autoSkip: true,
      autoSkipPadding: 16,
      maxTicksLimit: 6,
      callback: (value: string | number) => (span > 240 ? shortMonth : shortDay).format(new Date(Number(value))),
    },
  };
}

/** A value axis in the tokens' colours. */
export function valueAxis(
  colors: ChartColors,
  options: { title?: string; beginAtZero?: boolean; stacked?: boolean; format?: (value: number) => string },
) {
  return {
    type: 'linear' as const,
    beginAtZero: options.beginAtZero ?? false,
    stacked: options.stacked ?? false,
    grid: { color: colors.line },
    border: { display: false },
    ticks: {
      color: colors.muted,
      maxTicksLimit: 6,
      ...(options.format ? { callback: (value: string | number) => options.format!(Number(value)) } : {}),
    },
    title: { display: Boolean(options.title), text: options.title ?? '', color: colors.muted },
  };
}

/** The same tooltip everywhere: the card's colours, a border, room to breathe. */
export function tooltipTheme(colors: ChartColors): Partial<TooltipOptions<'line' | 'bar'>> {
  return {
    backgroundColor: colors.surface,
    titleColor: colors.text,
    bodyColor: colors.text,
    footerColor: colors.muted,
    borderColor: colors.lineStrong,
    borderWidth: 1,
    padding: 10,
    boxPadding: 4,
    usePointStyle: true,
  };
}

export function legendTheme(colors: ChartColors) {
  return { position: 'bottom' as const, labels: { color: colors.muted, boxWidth: 12, boxHeight: 12, usePointStyle: true } };
}

/** "Tap the point to open the workout" on a touch screen, "Click …" with a mouse. */
export const openHint = (what: string) =>
  `${typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 'Tap' : 'Click'} the point to ${what}`;

/**
 * A tap or click on a point (or bar) calls `open` with its index; the pointer shows it can be clicked.
 * Returns Chart.js onClick/onHover handlers.
 */
export function clickable(open: ((datasetIndex: number, index: number) => void) | undefined) {
  if (!open) return {};
  const hit = (chart: Chart, event: ChartEvent) =>
    event.native ? chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, true)[0] : undefined;
  return {
    onClick: (event: ChartEvent, _elements: ActiveElement[], chart: Chart) => {
      const element = hit(chart, event);
      if (element) open(element.datasetIndex, element.index);
    },
    onHover: (event: ChartEvent, _elements: ActiveElement[], chart: Chart) => {
      chart.canvas.style.cursor = hit(chart, event) ? 'pointer' : 'default';
    },
  };
}

/** "#3449c9" → [h 0–360, s 0–1, l 0–1]; null for anything that is not a hex colour. */
function hexToHsl(hex: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

/**
 * Colours for categories (muscle groups), derived from the accent so they follow the theme: the
 * accent first, then its hue turned through the blues, violets and pinks at the accent's own
 * lightness, alternating a lighter step. Green, amber and red stay for status.
 */
export function categoryColors(colors: ChartColors, count: number): string[] {
  const hsl = hexToHsl(colors.accent);
  if (!hsl) return Array.from({ length: count }, () => colors.accent);
  const [h, s, l] = hsl;
  const dark = l > 0.6;
  const steps: [number, number][] = [
    [0, 0],
    [-42, dark ? -0.1 : 0.08],
    [52, 0],
    [95, dark ? -0.06 : 0.06],
    [-18, dark ? 0.1 : 0.22],
    [55, dark ? 0.12 : 0.25],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [turn, lighter] = steps[index % steps.length] ?? [0, 0];
    const hue = (((h + turn) % 360) + 360) % 360;
    return `hsl(${hue.toFixed(0)}, ${(s * 100).toFixed(0)}%, ${Math.min(88, (l + lighter) * 100).toFixed(0)}%)`;
  });
}
