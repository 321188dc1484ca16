import type { CreateClientInput, OnboardingInput, PauseClientInput } from '../../src/shared/clients';

/** The demo business `npm run seed:demo` builds: one coach, twelve clients in every state. */
export const DEMO_TRAINER = { name: 'Jordan Blake', email: 'demo@onecoach.local', password: 'onecoach-demo-2026' };

type DemoClient = Required<Pick<CreateClientInput, 'name' | 'email' | 'tags' | 'note'>> & {
  state: 'active' | 'joined-not-onboarded' | 'invited' | 'invitation-expired' | 'paused' | 'archived';
  joinedDaysAgo: number;
  lastActiveDaysAgo?: number;
  onboarding?: Partial<OnboardingInput>;
  pause?: PauseClientInput;
};

const noFlags = { heartCondition: false, chestPain: false, dizziness: false, chronicCondition: false, medication: false, boneJoint: false, supervision: false };

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: 'Maya Thompson', email: 'maya.thompson@example.com', tags: ['online', 'vip'], note: 'Training for her first powerlifting meet in March.',
    state: 'active', joinedDaysAgo: 110, lastActiveDaysAgo: 0,
    onboarding: { goals: ['get_stronger'], goalNote: 'Total 300 kg at my first meet', experience: 'intermediate', equipment: ['full_gym'], daysPerWeek: 4, timeZone: 'America/New_York', units: 'lb', dateOfBirth: '1994-06-02', heightCm: 165, health: noFlags, injuries: '' },
  },
  {
    name: 'Diego Fernández', email: 'diego.fernandez@example.com', tags: ['hybrid'], note: 'Shift worker — trains early mornings.',
    state: 'active', joinedDaysAgo: 95, lastActiveDaysAgo: 1,
    onboarding: { goals: ['lose_fat', 'improve_fitness'], goalNote: 'Lose 8 kg before his wedding', experience: 'beginner', equipment: ['dumbbells', 'resistance_bands'], daysPerWeek: 3, timeZone: 'Europe/Madrid', units: 'kg', dateOfBirth: '1989-11-20', heightCm: 178, health: noFlags, injuries: 'Lower back tightness after long shifts' },
  },
  {
    name: 'Aisha Rahman', email: 'aisha.rahman@example.com', tags: ['online'], note: '',
    state: 'active', joinedDaysAgo: 80, lastActiveDaysAgo: 6,
    onboarding: { goals: ['build_muscle'], experience: 'intermediate', equipment: ['full_gym'], daysPerWeek: 5, timeZone: 'Asia/Dubai', units: 'kg', dateOfBirth: '1998-02-14', heightCm: 160, health: { ...noFlags, medication: true }, healthNote: 'Thyroid medication, stable for 3 years', injuries: '' },
  },
  {
    name: "Liam O'Connor", email: 'liam.oconnor@example.com', tags: ['in-person'], note: 'Rugby off-season block.',
    state: 'active', joinedDaysAgo: 70, lastActiveDaysAgo: 2,
    onboarding: { goals: ['sport_performance', 'get_stronger'], goalNote: 'Back in the first XV by September', experience: 'advanced', equipment: ['full_gym', 'barbell_rack'], daysPerWeek: 4, timeZone: 'Europe/Dublin', units: 'kg', dateOfBirth: '2001-09-09', heightCm: 188, health: { ...noFlags, boneJoint: true }, injuries: 'Right ACL reconstruction 2024 — cleared for full training' },
  },
  {
    name: 'Sofia Rossi', email: 'sofia.rossi@example.com', tags: ['online'], note: 'Postpartum return to training (cleared by her doctor).',
    state: 'active', joinedDaysAgo: 60, lastActiveDaysAgo: 12,
    onboarding: { goals: ['health', 'improve_fitness'], experience: 'beginner', equipment: ['bodyweight_only', 'resistance_bands'], daysPerWeek: 3, timeZone: 'Europe/Rome', units: 'kg', dateOfBirth: '1991-03-30', heightCm: 168, health: noFlags, injuries: '' },
  },
  {
    name: 'Kenji Watanabe', email: 'kenji.watanabe@example.com', tags: ['online', 'vip'], note: '',
    state: 'active', joinedDaysAgo: 45, lastActiveDaysAgo: 0,
    onboarding: { goals: ['build_muscle', 'lose_fat'], experience: 'intermediate', equipment: ['dumbbells', 'pull_up_bar', 'kettlebells'], daysPerWeek: 4, timeZone: 'Asia/Tokyo', units: 'kg', dateOfBirth: '1986-12-01', heightCm: 174, health: noFlags, injuries: '' },
  },
  {
    name: 'Priya Patel', email: 'priya.patel@example.com', tags: ['hybrid'], note: 'Marathon in April; strength twice a week.',
    state: 'active', joinedDaysAgo: 30, lastActiveDaysAgo: 3,
    onboarding: { goals: ['sport_performance'], goalNote: 'Sub-4 marathon', experience: 'intermediate', equipment: ['full_gym', 'cardio_machine'], daysPerWeek: 2, timeZone: 'Europe/London', units: 'kg', dateOfBirth: '1993-07-18', heightCm: 158, health: noFlags, injuries: 'Occasional IT band pain on long runs' },
  },
  {
    name: 'Noah Williams', email: 'noah.williams@example.com', tags: ['online'], note: 'Joined this week.',
    state: 'joined-not-onboarded', joinedDaysAgo: 2, lastActiveDaysAgo: 2,
  },
  { name: 'Zanele Dlamini', email: 'zanele.dlamini@example.com', tags: ['online'], note: 'Referred by Maya.', state: 'invited', joinedDaysAgo: 3 },
  { name: 'Lukas Schneider', email: 'lukas.schneider@example.com', tags: ['in-person'], note: 'Never opened the first invitation.', state: 'invitation-expired', joinedDaysAgo: 20 },
  {
    name: 'Chloé Dubois', email: 'chloe.dubois@example.com', tags: ['hybrid'], note: '',
    state: 'paused', joinedDaysAgo: 85, lastActiveDaysAgo: 9,
    onboarding: { goals: ['lose_fat'], experience: 'new', equipment: ['full_gym'], daysPerWeek: 3, timeZone: 'Europe/Paris', units: 'kg', dateOfBirth: '1979-05-05', heightCm: 170, health: { ...noFlags, boneJoint: true }, injuries: 'Sprained left ankle (November)' },
    pause: { reason: 'injury', note: 'Sprained ankle — back after physio', until: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) },
  },
  {
    name: 'Emma Johansson', email: 'emma.johansson@example.com', tags: ['online'], note: 'Finished her 12-week program; may come back in spring.',
    state: 'archived', joinedDaysAgo: 115, lastActiveDaysAgo: 30,
    onboarding: { goals: ['improve_fitness'], experience: 'beginner', equipment: ['dumbbells'], daysPerWeek: 3, timeZone: 'Europe/Stockholm', units: 'kg', dateOfBirth: '1996-10-10', heightCm: 171, health: noFlags, injuries: '' },
  },
];
