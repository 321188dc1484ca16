import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ExternalLink } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { SettingsSchema } from '../../../shared/settings';
import type { Settings } from '../../../shared/settings';
import { applyServerErrors } from '../../lib/form-errors';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { publicKeys, publicProfileQuery } from '../plans-public/queries';
import { ProfilePhoto } from './profile-settings-photo';
import { settingsApi, settingsKeys, settingsQuery } from './queries';

const BioSchema = SettingsSchema.pick({ bio: true });
type Bio = { bio: string };
const BIO_MAX = 2000;

function BioForm({ bio }: { bio: string }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState, watch } = useForm<Bio>({
    resolver: zodResolver(BioSchema),
    values: { bio },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors } = formState;
  const length = watch('bio').length;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await settingsApi.update({ bio: values.bio });
      queryClient.setQueryData<Settings>(settingsKeys.all, saved);
      void queryClient.invalidateQueries({ queryKey: publicKeys.profile });
      toast.success('Bio saved');
    } catch (error) {
      applyServerErrors(error, setError, ['bio']);
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <TextareaField
        label="About you"
        rows={6}
        hint={`Who you coach, how you work, what clients can expect. ${length.toLocaleString()} / ${BIO_MAX.toLocaleString()}`}
        error={errors.bio?.message}
        {...register('bio')}
      />
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty} className="self-start">
        Save bio
      </Button>
    </form>
  );
}

/** Settings → Profile: the face of the public plans page (photo and bio). */
export function ProfileSettingsPage() {
  const settings = useQuery(settingsQuery());
  const profile = useQuery(publicProfileQuery());
  const failed = settings.isError ? settings : profile.isError ? profile : null;
  return (
    <div className="grid max-w-2xl gap-4">
      <title>Profile settings · OneCoach</title>
      <Card title="Your public profile" description="Prospects see this on your plans page, above your plans.">
        <a href="/plans" target="_blank" rel="noopener" className={buttonClass('secondary', 'sm', 'mb-5 self-start')}>
          <ExternalLink aria-hidden className="size-4" />
          View your plans page
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        {settings.data && profile.data ? (
          <div className="flex flex-col gap-6">
            <ProfilePhoto profile={profile.data} />
            <BioForm bio={settings.data.bio} />
          </div>
        ) : failed ? (
          <ErrorState
            title="Your profile didn't load"
            error={failed.error}
            onRetry={() => void Promise.all([settings.refetch(), profile.refetch()])}
            retrying={settings.isFetching || profile.isFetching}
          />
        ) : (
          <LoadingRegion label="Loading your profile" className="flex flex-col gap-4">
            <Skeleton className="size-24 rounded-full" />
            <Skeleton className="h-36 w-full" />
          </LoadingRegion>
        )}
      </Card>
    </div>
  );
}
