/* The words of the privacy page that are not generated from AI_FEATURES. Plain, short, true of this codebase. */

export const KEPT = [
  'Your account: name, email, and your password only as a one-way hash (nobody can read it).',
  'Your onboarding answers: goals, experience, equipment, injuries, the health screen and the waiver.',
  'Training: your program, the workouts and sets you log, your records and form-check videos.',
  'Progress: body measurements, goals and progress photos.',
  'Nutrition: your targets, food log, water and steps, and meal plans.',
  'Check-ins, messages and the photos and documents you send, and your AI assistant chat.',
  'Billing: your plan and payments. Card details go straight to Stripe and never reach OneCoach.',
] as const;

export const WHERE = [
  'In your coach’s OneCoach database, on the server or hosting service they run it on.',
  'Files (photos, documents, videos) in your coach’s private storage. Each one is shown only after checking the person may see it.',
  'You and your coach see your data. Other clients never do.',
  'Emails (invitations, password resets, reminders) go out through your coach’s email service.',
  'Workouts and food you log without a connection wait on your phone, in the browser, until they are saved.',
] as const;

export const AI_RULES = [
  'Nothing is sent to an AI provider except what is listed under each feature below.',
  'The AI provider is the one your coach configured: OpenAI by default, or another OpenAI-compatible service they chose, even one they run themselves.',
  'Drafts written for your coach (programs, check-in reviews, replies, meal plans, form-check first looks) never reach you unless your coach reads and sends them.',
  'Red-flag screening (chest pain, dizziness, injury, pregnancy, disordered eating, self-harm) runs inside OneCoach without any AI provider, and tells your coach even when AI is off.',
  'You can turn the AI assistant off at any time in Profile → Privacy. Then nothing about you is sent: your assistant is off and your coach’s AI drafts about you are refused.',
] as const;
