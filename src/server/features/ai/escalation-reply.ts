import type { EscalationCategory } from './escalation';

/**
 * What the assistant says when the screen flags a message: written here, not by a model, so it is
 * the same whether the model is up, down or not configured. It says the coach has been told and
 * gives safe next steps; it never diagnoses.
 */
const STEPS: Record<EscalationCategory, string> = {
  emergency:
    'Please stop exercising now and rest. If you have chest pain, trouble breathing, fainting, numbness or weakness on one side, sudden confusion or a severe headache, call your local emergency number (112, 999 or 911) right away — don’t wait for a reply here.',
  injury:
    'Please stop the exercise that hurts and don’t train through pain. Rest the area; if there is swelling, you can’t bear weight or move it, or the pain is severe or getting worse, see a doctor or physiotherapist.',
  pregnancy:
    'Thank you for telling us. Please check with your doctor or midwife before you continue training; your coach will adjust your plan with you.',
  eating:
    'Thank you for telling me — that takes courage, and you deserve support. Please consider talking to your doctor, or an eating-disorder helpline in your country (for example Beat in the UK, or NEDA in the US).',
  self_harm:
    'I’m really glad you told me. If you might act on these thoughts or are in danger right now, please call your local emergency number (112, 999 or 911). You can also talk to someone now: Samaritans on 116 123 (UK and Ireland) or 988 (US), any time, day or night.',
  medical: 'Please follow your doctor’s advice first; I can’t give medical advice. Your coach will look at your plan with this in mind.',
};

/** Most urgent first, so the first thing the client reads is the step that matters most. */
const ORDER: EscalationCategory[] = ['self_harm', 'emergency', 'injury', 'eating', 'pregnancy', 'medical'];

export function escalationReply(categories: EscalationCategory[], coachName: string): string {
  const coach = coachName.trim().split(/\s+/)[0] || 'Your coach';
  const steps = ORDER.filter((category) => categories.includes(category)).map((category) => STEPS[category]);
  return [`${coach} has been told and will get back to you personally.`, ...steps].join('\n\n');
}
