import { z } from 'zod';
import { EmailSchema, PasswordSchema, nameText } from './common';

export const ROLES = ['trainer', 'client'] as const;
export type Role = (typeof ROLES)[number];

export const SetupStatusSchema = z.object({ needsSetup: z.boolean(), tokenRequired: z.boolean() }).meta({ id: 'SetupStatus' });

export const SetupSchema = z
  .object({
    name: nameText(100),
    email: EmailSchema,
    password: PasswordSchema,
    setupToken: z.string().max(200).optional(),
  })
  .meta({ id: 'SetupInput' });
export type SetupInput = z.infer<typeof SetupSchema>;

export const SignInSchema = z
  .object({ email: EmailSchema, password: z.string().min(1, 'Enter your password').max(1000) })
  .meta({ id: 'SignInInput' });
export type SignInInput = z.infer<typeof SignInSchema>;

export const ForgotPasswordSchema = z.object({ email: EmailSchema }).meta({ id: 'ForgotPasswordInput' });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordSchema>;

export const ResetPasswordSchema = z
  .object({ token: z.string().min(1).max(200), password: PasswordSchema })
  .meta({ id: 'ResetPasswordInput' });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password').max(1000), newPassword: PasswordSchema })
  .meta({ id: 'ChangePasswordInput' });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const ViewerSchema = z
  .object({
    user: z
      .object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        role: z.enum(ROLES),
        clientId: z.string().nullable(),
        onboarded: z.boolean(),
      })
      .nullable(),
    /** The trainer's name, so client screens can say "your coach Alex"; null before setup. */
    coachName: z.string().nullable(),
  })
  .meta({ id: 'Viewer' });
export type Viewer = z.infer<typeof ViewerSchema>;
export type ViewerUser = NonNullable<Viewer['user']>;
