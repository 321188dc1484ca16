import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Switch as RadixSwitch } from 'radix-ui';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { NOTIFICATION_TYPES, NOTIFICATION_TYPE_LABELS, NotificationPreferencesSchema } from '../../../shared/notifications';
import type { NotificationPreferences, NotificationType } from '../../../shared/notifications';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { SwitchField } from '../../ui/switch';
import { notificationKeys, notificationsApi } from './queries';

/** Only the quiet hours have inputs of their own; anything else the server names goes above the button. */
const FIELDS = ['quietStart', 'quietEnd'] as const;
const SUGGESTED_QUIET = { start: '22:00', end: '07:00' } as const;
const BOTH_ENDS = 'Set both ends of the quiet hours';

/** A switch without a visible label, for the in-app / email grid (its name says which row and column). */
function GridSwitch({
  label,
  checked,
  onCheckedChange,
  disabled,
  describedBy,
}: {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <RadixSwitch.Root
      aria-label={label}
      aria-describedby={describedBy}
      checked={checked}
      onCheckedChange={onCheckedChange}
      disabled={disabled}
      // The ::before stretches the hit area to 44 px tall, for thumbs.
      className="relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border border-line-strong bg-surface-muted align-middle transition-colors before:absolute before:inset-x-0 before:-inset-y-2.5 before:content-[''] disabled:cursor-not-allowed disabled:opacity-60 data-[state=checked]:border-accent data-[state=checked]:bg-accent"
    >
      <RadixSwitch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-surface shadow-sm transition-transform data-[state=checked]:translate-x-[1.3rem]" />
    </RadixSwitch.Root>
  );
}

const toggle = (list: NotificationType[], type: NotificationType, muted: boolean) =>
  muted ? [...new Set([...list, type])] : list.filter((item) => item !== type);

function EventGrid({
  mutedInApp,
  mutedEmail,
  emailEnabled,
  onChange,
}: {
  mutedInApp: NotificationType[];
  mutedEmail: NotificationType[];
  emailEnabled: boolean;
  onChange: (field: 'mutedInApp' | 'mutedEmail', next: NotificationType[]) => void;
}) {
  const id = useId();
  const emailOffNote = `${id}-email-off`;
  return (
    <>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-xs text-muted">
            <th scope="col" className="pb-2 font-medium">
              Event
            </th>
            <th scope="col" className="w-16 pb-2 text-center font-medium sm:w-24">
              In the app
            </th>
            <th scope="col" className="w-16 pb-2 text-center font-medium sm:w-24">
              By email
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {NOTIFICATION_TYPES.map((type) => {
            const label = NOTIFICATION_TYPE_LABELS[type];
            const inApp = !mutedInApp.includes(type);
            const whyNoEmail = `${id}-${type}-why`;
            return (
              <tr key={type}>
                <th scope="row" className="h-12 py-1.5 pr-2 text-left align-middle font-normal">
                  <span className="block font-medium text-text">{label}</span>
                  {!inApp && (
                    <span id={whyNoEmail} className="block text-xs text-muted">
                      Off in the app, so no email either
                    </span>
                  )}
                </th>
                <td className="text-center align-middle">
                  <GridSwitch
                    label={`${label} in the app`}
                    checked={inApp}
                    onCheckedChange={(on) => onChange('mutedInApp', toggle(mutedInApp, type, !on))}
                  />
                </td>
                <td className="text-center align-middle">
                  <GridSwitch
                    label={`${label} by email`}
                    checked={emailEnabled && inApp && !mutedEmail.includes(type)}
                    disabled={!emailEnabled || !inApp}
                    describedBy={!inApp ? whyNoEmail : emailEnabled ? undefined : emailOffNote}
                    onCheckedChange={(on) => onChange('mutedEmail', toggle(mutedEmail, type, !on))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!emailEnabled && (
        <p id={emailOffNote} className="mt-3 text-sm text-muted">
          Email is off for everything: turn it on above to choose what is emailed.
        </p>
      )}
    </>
  );
}

type PreferencesFormProps = {
  preferences: NotificationPreferences;
  /** The person's own time zone (IANA name), when known: quiet hours follow it. */
  timeZone: string | null;
};

/** One form for trainer and client: email on/off, which events notify where, and quiet hours for email. */
export function NotificationPreferencesForm({ preferences, timeZone }: PreferencesFormProps) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, clearErrors, formState, watch, setValue, getValues } = useForm<NotificationPreferences>({
    resolver: zodResolver(NotificationPreferencesSchema),
    values: preferences,
    resetOptions: { keepDirtyValues: true },
  });
  const { errors } = formState;
  const [quietOn, setQuietOn] = useState(preferences.quietStart !== null || preferences.quietEnd !== null);
  const [lastQuiet, setLastQuiet] = useState({
    start: preferences.quietStart ?? SUGGESTED_QUIET.start,
    end: preferences.quietEnd ?? SUGGESTED_QUIET.end,
  });
  const emailEnabled = watch('emailEnabled');
  const zone = timeZone ? timeZone.replace(/_/g, ' ') : null;

  const setQuiet = (on: boolean) => {
    setQuietOn(on);
    clearErrors(['quietStart', 'quietEnd']);
    if (on) {
      setValue('quietStart', lastQuiet.start, { shouldDirty: true });
      setValue('quietEnd', lastQuiet.end, { shouldDirty: true });
    } else {
      // Remembered, so switching back on restores what was there.
      const [start, end] = getValues(['quietStart', 'quietEnd']);
      setLastQuiet({ start: start ?? SUGGESTED_QUIET.start, end: end ?? SUGGESTED_QUIET.end });
      setValue('quietStart', null, { shouldDirty: true });
      setValue('quietEnd', null, { shouldDirty: true });
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    if (quietOn && values.quietStart === null && values.quietEnd === null) {
      setError('quietStart', { type: 'required', message: BOTH_ENDS }, { shouldFocus: true });
      return;
    }
    try {
      const saved = await notificationsApi.savePreferences(values);
      queryClient.setQueryData(notificationKeys.preferences, saved);
      toast.success('Notification settings saved');
    } catch (error) {
      applyServerErrors(error, setError, FIELDS);
    }
  });

  const timeOptions = { setValueAs: (value: unknown) => (value === '' || value === null || value === undefined ? null : value) };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <Card title="Email">
        <SwitchField
          label="Email me what I haven't seen"
          hint="When a notification waits unread in the app for 15 minutes, it comes by email: one email for everything waiting, not one per event."
          checked={emailEnabled}
          onCheckedChange={(on) => setValue('emailEnabled', on, { shouldDirty: true })}
        />
      </Card>

      <Card
        title="What notifies you"
        description="Email only goes out for in-app notifications left unseen, so an event that is off in the app is never emailed."
      >
        <EventGrid
          mutedInApp={watch('mutedInApp')}
          mutedEmail={watch('mutedEmail')}
          emailEnabled={emailEnabled}
          onChange={(field, next) => setValue(field, next, { shouldDirty: true })}
        />
        {!emailEnabled && (
          <p className="mt-3 text-sm text-muted">Email is off for everything: turn it on above to choose what is emailed.</p>
        )}
      </Card>

      <Card title="Quiet hours">
        <div className="flex flex-col gap-4">
          <SwitchField
            label="Hold emails at night"
            hint={`No emails between these times${zone ? `, in your time zone (${zone})` : ', in your own time zone'}. They wait until quiet hours end; the app still shows everything.`}
            checked={quietOn}
            onCheckedChange={setQuiet}
          />
          {quietOn && (
            <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
              <TextField type="time" label="From" error={errors.quietStart?.message} {...register('quietStart', timeOptions)} />
              <TextField type="time" label="To" error={errors.quietEnd?.message} {...register('quietEnd', timeOptions)} />
            </div>
          )}
        </div>
      </Card>

      <FormError message={errors.root?.server?.message} />
      <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty} className="w-full sm:w-auto sm:self-start">
        Save changes
      </Button>
    </form>
  );
}
