import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { ByRole } from '../features/form-checks/by-role';
import { MessagesPage } from '../features/messages/messages-page';
import { NotificationsRedirect } from '../features/notifications/notifications-redirect';
import { ProgressPage } from '../features/progress/progress-page';
import { TodayPage } from '../features/workouts/today-page';
import { ClientShell } from './client-shell';
import { HomeRedirect, PublicOnly, RequireClient, RequireTrainer, RootGate } from './guards';
import { AppSkeleton } from './page-skeletons';
import { NotFoundPage, RouteError } from './route-error';

// Only the client's everyday screens are in the first download. Forms (and zod with them), trainer
// screens, setup and onboarding load on demand, so Today opens fast on a phone in the gym.
const SignInPage = lazy(() => import('../features/auth/sign-in-page').then((m) => ({ default: m.SignInPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/auth/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })));
const InvitePage = lazy(() => import('../features/auth/invite-page').then((m) => ({ default: m.InvitePage })));
const ProfilePage = lazy(() => import('../features/clients/profile-page').then((m) => ({ default: m.ProfilePage })));
const SetupPage = lazy(() => import('../features/auth/setup-page').then((m) => ({ default: m.SetupPage })));
const OnboardingPage = lazy(() => import('../features/clients/onboarding/onboarding-page').then((m) => ({ default: m.OnboardingPage })));
const EditAnswersPage = lazy(() =>
  import('../features/clients/onboarding/edit-answers-page').then((m) => ({ default: m.EditAnswersPage })),
);
const TrainerShell = lazy(() => import('./trainer-shell').then((m) => ({ default: m.TrainerShell })));
const ClientsPage = lazy(() => import('../features/clients/clients-page').then((m) => ({ default: m.ClientsPage })));
const ClientDetailPage = lazy(() => import('../features/clients/client-detail-page').then((m) => ({ default: m.ClientDetailPage })));
const SettingsLayout = lazy(() => import('./settings-layout').then((m) => ({ default: m.SettingsLayout })));
const AccountSettingsPage = lazy(() => import('../features/auth/account-settings-page').then((m) => ({ default: m.AccountSettingsPage })));
const EmailsPage = lazy(() => import('../features/emails/emails-page').then((m) => ({ default: m.EmailsPage })));
const BusinessSettingsPage = lazy(() =>
  import('../features/settings/business-settings-page').then((m) => ({ default: m.BusinessSettingsPage })),
);
const InboxPage = lazy(() => import('../features/inbox/inbox-page').then((m) => ({ default: m.InboxPage })));
const AutomationsPage = lazy(() => import('../features/automations/automations-page').then((m) => ({ default: m.AutomationsPage })));
const TrainerNotificationSettingsPage = lazy(() =>
  import('../features/notifications/preferences-pages').then((m) => ({ default: m.TrainerNotificationSettingsPage })),
);
const ClientNotificationSettingsPage = lazy(() =>
  import('../features/notifications/preferences-pages').then((m) => ({ default: m.ClientNotificationSettingsPage })),
);
const ExercisesPage = lazy(() => import('../features/exercises/exercises-page').then((m) => ({ default: m.ExercisesPage })));
const ProgramsPage = lazy(() => import('../features/programs/programs-page').then((m) => ({ default: m.ProgramsPage })));
// The builder carries drag and drop (dnd-kit): its own chunk, loaded only when a program is opened.
const ProgramBuilderPage = lazy(() =>
  import('../features/programs/builder/program-builder-page').then((m) => ({ default: m.ProgramBuilderPage })),
);
// The gym screen (logging a workout): its own chunk, full height, no app navigation.
const GymPage = lazy(() => import('../features/logging/gym-page').then((m) => ({ default: m.GymPage })));
// Workout history (client and trainer): its own chunk, opened from Progress or a client's Training tab.
const ClientHistoryPage = lazy(() => import('../features/history/client-history-page').then((m) => ({ default: m.ClientHistoryPage })));
const ClientWorkoutPage = lazy(() => import('../features/history/client-workout-page').then((m) => ({ default: m.ClientWorkoutPage })));
const ExerciseHistoryPage = lazy(() =>
  import('../features/history/exercise-history-page').then((m) => ({ default: m.ExerciseHistoryPage })),
);
const TrainerWorkoutPage = lazy(() => import('../features/history/trainer-workout-page').then((m) => ({ default: m.TrainerWorkoutPage })));
// The client's check-ins: filling one in, the list, one sent (each its own chunk, opened from Today).
const ClientFillPage = lazy(() => import('../features/checkins/client-fill-page').then((m) => ({ default: m.ClientFillPage })));
const ClientCheckinsPage = lazy(() => import('../features/checkins/client-history-page').then((m) => ({ default: m.ClientCheckinsPage })));
const ClientCheckinPage = lazy(() => import('../features/checkins/client-checkin-page').then((m) => ({ default: m.ClientCheckinPage })));

// The trainer's check-ins: review inbox and page, forms (the builder carries dnd-kit) — each its own chunk.
const ReviewInboxPage = lazy(() => import('../features/checkins/review-inbox-page').then((m) => ({ default: m.ReviewInboxPage })));
const ReviewPage = lazy(() => import('../features/checkins/review-page').then((m) => ({ default: m.ReviewPage })));
const TrainerFormsPage = lazy(() => import('../features/checkins/trainer-forms-page').then((m) => ({ default: m.TrainerFormsPage })));
const FormBuilderPage = lazy(() => import('../features/checkins/form-builder-page').then((m) => ({ default: m.FormBuilderPage })));
// Billing: the client's page and the trainer's plans (the plan form carries the shared schema, so zod).
const BillingPage = lazy(() => import('../features/billing/billing-page').then((m) => ({ default: m.BillingPage })));
const PlansPage = lazy(() => import('../features/billing/plans-page').then((m) => ({ default: m.PlansPage })));
const RevenuePage = lazy(() => import('../features/billing/revenue-page').then((m) => ({ default: m.RevenuePage })));
// The public plans page and the page after paying (signed out; the plan data brings zod): their own chunks.
const PublicPlansPage = lazy(() => import('../features/plans-public/public-plans-page').then((m) => ({ default: m.PublicPlansPage })));
const PlansWelcomePage = lazy(() => import('../features/plans-public/welcome-page').then((m) => ({ default: m.PlansWelcomePage })));
const PrivacyPage = lazy(() => import('../features/privacy/privacy-page').then((m) => ({ default: m.PrivacyPage })));
// The client's food log (the add-food sheet and custom-food form bring zod): its own chunk, opened from Today.
const ClientNutritionPage = lazy(() =>
  import('../features/nutrition/client-nutrition-page').then((m) => ({ default: m.ClientNutritionPage })),
);
// The trainer's meal plans: the builder (in the shell), and print pages and the shopping list (bare, for paper).
const MealPlanBuilderPage = lazy(() =>
  import('../features/nutrition/meal-plan-builder-page').then((m) => ({ default: m.MealPlanBuilderPage })),
);
const MealPlanPrintPage = lazy(() => import('../features/nutrition/meal-plan-print-page').then((m) => ({ default: m.MealPlanPrintPage })));
const ShoppingListPage = lazy(() => import('../features/nutrition/shopping-list-page').then((m) => ({ default: m.ShoppingListPage })));
// The client's AI assistant (opened from Today) and the trainer's Settings → AI: their own chunks.
const AssistantPage = lazy(() => import('../features/ai/assistant-page').then((m) => ({ default: m.AssistantPage })));
const AiSettingsPage = lazy(() => import('../features/ai/ai-settings-page').then((m) => ({ default: m.AiSettingsPage })));
// A form-check video (client and trainer, each in their own shell): its own chunk, opened from a set or a notification.
const FormCheckPage = lazy(() => import('../features/form-checks/form-check-page').then((m) => ({ default: m.FormCheckPage })));
const ProfileSettingsPage = lazy(() =>
  import('../features/settings/profile-settings-page').then((m) => ({ default: m.ProfileSettingsPage })),
);

const full = (node: ReactNode) => <Suspense fallback={<AppSkeleton />}>{node}</Suspense>;

export const router = createBrowserRouter([
  {
    element: <RootGate />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/setup', element: full(<SetupPage />) },
      {
        element: <PublicOnly />,
        children: [
          { path: '/sign-in', element: full(<SignInPage />) },
          { path: '/forgot-password', element: full(<ForgotPasswordPage />) },
          { path: '/reset-password', element: full(<ResetPasswordPage />) },
        ],
      },
      { path: '/invite/:token', element: full(<InvitePage />) },
      { path: '/plans', element: full(<PublicPlansPage />) },
      { path: '/plans/welcome', element: full(<PlansWelcomePage />) },
      { path: '/privacy', element: full(<PrivacyPage />) },
      {
        element: <RequireClient stage="onboarding" />,
        children: [{ path: '/onboarding', element: full(<OnboardingPage />) }],
      },
      {
        element: <RequireClient stage="onboarded" />,
        children: [
          {
            element: <ClientShell />,
            children: [
              { path: '/today', element: <TodayPage /> },
              { path: '/progress', element: <ProgressPage /> },
              { path: '/progress/history', element: <ClientHistoryPage /> },
              { path: '/progress/workouts/:sessionId', element: <ClientWorkoutPage /> },
              { path: '/progress/exercises/:exerciseId', element: <ExerciseHistoryPage /> },
              { path: '/messages', element: <MessagesPage /> },
              { path: '/profile', element: <ProfilePage /> },
              { path: '/profile/answers', element: <EditAnswersPage /> },
              { path: '/profile/notifications', element: <ClientNotificationSettingsPage /> },
              { path: '/checkins', element: <ClientCheckinsPage /> },
              { path: '/checkins/fill/:scheduleId/:dueDate', element: <ClientFillPage /> },
              { path: '/checkins/:id', element: <ClientCheckinPage /> },
              { path: '/billing', element: <BillingPage /> },
              { path: '/nutrition', element: <ClientNutritionPage /> },
              { path: '/assistant', element: <AssistantPage /> },
            ],
          },
          { path: '/workout/:sessionId', element: full(<GymPage />) },
        ],
      },
      {
        element: <RequireTrainer />,
        children: [
          { path: '/clients/:id/meal-plans/print', element: full(<MealPlanPrintPage />) },
          { path: '/clients/:id/meal-plans/:planId/print', element: full(<MealPlanPrintPage />) },
          { path: '/clients/:id/shopping-list', element: full(<ShoppingListPage />) },
          {
            element: full(<TrainerShell />),
            children: [
              { path: '/clients', element: <ClientsPage /> },
              { path: '/clients/:id/:tab?', element: <ClientDetailPage /> },
              { path: '/clients/:id/workouts/:sessionId', element: <TrainerWorkoutPage /> },
              { path: '/clients/:id/meal-plans/new', element: <MealPlanBuilderPage /> },
              { path: '/clients/:id/meal-plans/:planId', element: <MealPlanBuilderPage /> },
              { path: '/inbox', element: <InboxPage /> },
              { path: '/exercises/:exerciseId?', element: <ExercisesPage /> },
              { path: '/programs', element: <ProgramsPage /> },
              { path: '/programs/:id', element: <ProgramBuilderPage /> },
              // Under /checkins/… with static segments: they outrank the client's /checkins/:id.
              { path: '/checkins/review', element: <ReviewInboxPage /> },
              { path: '/checkins/review/:id', element: <ReviewPage /> },
              { path: '/checkins/forms', element: <TrainerFormsPage /> },
              { path: '/checkins/forms/:id', element: <FormBuilderPage /> },
              { path: '/revenue', element: <RevenuePage /> },
              {
                path: '/settings',
                element: <SettingsLayout />,
                children: [
                  { index: true, element: <AccountSettingsPage /> },
                  { path: 'business', element: <BusinessSettingsPage /> },
                  { path: 'profile', element: <ProfileSettingsPage /> },
                  { path: 'notifications', element: <TrainerNotificationSettingsPage /> },
                  { path: 'emails', element: <EmailsPage /> },
                  { path: 'emails/:emailId', element: <EmailsPage /> },
                  { path: 'automations', element: <AutomationsPage /> },
                  { path: 'plans', element: <PlansPage /> },
                  { path: 'ai', element: <AiSettingsPage /> },
                ],
              },
            ],
          },
        ],
      },
      // Both sides open the same address (notifications link here): each in their own shell.
      {
        element: <ByRole trainer={full(<TrainerShell />)} client={<ClientShell />} />,
        children: [{ path: '/form-checks/:id', element: <FormCheckPage /> }],
      },
      // The settings link in notification emails: each person lands on their own page.
      { path: '/notifications', element: <NotificationsRedirect /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
