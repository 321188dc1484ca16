/*
 * The end of a rest: a buzz and two short beeps, made with Web Audio (no sound files to download or
 * cache). Browsers only let a page make sound after a tap, so the context is opened on the tap that
 * starts the rest and reused when it ends.
 */
let context: AudioContext | null = null;

/** Call from a tap (the done tick): opens or wakes the audio context while the browser allows it. */
export function unlockSound(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = null; // no Web Audio here: the buzz (where there is one) and the screen say it
  }
}

function beep(at: number, frequency: number) {
  if (!context) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.2);
}

export function restOver(): void {
  if ('vibrate' in navigator) navigator.vibrate([200, 100, 200]);
  try {
    if (context && context.state === 'running') {
      const now = context.currentTime;
      beep(now, 880);
      beep(now + 0.25, 1175);
    }
  } catch {
    // sound is a nicety
  }
}
