import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, CalendarPlus, ChevronLeft, ClipboardList, Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { CheckinForm } from '../../../shared/checkins';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { Menu, MenuItem } from '../../ui/menu';
import { PageHeader } from '../../ui/page-header';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { cleanQuestion } from './form-ops';
import { checkinFormsQuery, checkinKeys, checkinsApi } from './queries';
import { ScheduleDialog } from './trainer-schedule-dialog';
import { ScheduleList, useScheduleCounts } from './trainer-schedule-list';

const newFormLink = (
  <Link to="/checkins/forms/new" className={buttonClass('primary')}>
    <Plus aria-hidden className="size-4" /> New form
  </Link>
);

function FormRow({
  form,
  schedules,
  onSchedule,
  onArchive,
}: {
  form: CheckinForm;
  schedules: number;
  onSchedule: () => void;
  onArchive: () => void;
}) {
  const count = form.questions.length;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1 basis-60">
        <Link to={`/checkins/forms/${form.id}`} className="font-medium text-text hover:underline">
          {form.name}
        </Link>
        {form.description && <p className="truncate text-sm text-muted">{form.description}</p>}
        <p className="text-xs text-muted">
          {count === 1 ? '1 question' : `${count} questions`} ·{' '}
          {form.archived
            ? 'archived'
            : schedules === 0
              ? 'not scheduled'
              : schedules === 1
                ? '1 schedule running'
                : `${schedules} schedules running`}{' '}
          · edited {relativeTime(form.updatedAt)}
        </p>
      </div>
      <div className="flex items-center gap-1">
        {!form.archived && (
          <Button variant="secondary" size="sm" onClick={onSchedule} icon={<CalendarPlus aria-hidden className="size-4" />}>
            Schedule
          </Button>
        )}
        <Link to={`/checkins/forms/${form.id}`} className={buttonClass('ghost', 'sm')}>
          <Pencil aria-hidden className="size-4" /> Edit
        </Link>
        <Menu label={`More for ${form.name}`}>
          <MenuItem icon={form.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} onSelect={onArchive}>
            {form.archived ? 'Restore' : 'Archive'}
          </MenuItem>
        </Menu>
      </div>
    </li>
  );
}

/** /checkins/forms — the trainer's check-in forms and every running schedule. */
export function TrainerFormsPage() {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('show') === 'archived';
  const query = useQuery(checkinFormsQuery());
  const scheduleCount = useScheduleCounts();
  const [scheduling, setScheduling] = useState<string | null | undefined>(undefined);

  const archive = useMutation({
    mutationFn: (form: CheckinForm) =>
      checkinsApi.updateForm(form.id, {
        name: form.name,
        description: form.description,
        questions: form.questions.map(cleanQuestion),
        archived: !form.archived,
      }),
    onSuccess: (form) => {
      void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
      toast.success(form.archived ? `${form.name} is archived` : `${form.name} is back in use`);
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  const forms = query.data ?? [];
  const archivedCount = forms.filter((form) => form.archived).length;
  const shown = forms.filter((form) => form.archived === showArchived);

  let body;
  if (query.isPending) {
    body = (
      <LoadingRegion label="Loading forms" className="flex flex-col gap-3">
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </LoadingRegion>
    );
  } else if (query.isError) {
    body = (
      <ErrorState title="Your forms didn't load" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  } else if (forms.length === 0) {
    body = (
      <EmptyState icon={<ClipboardList />} title="No check-ins yet — create your first check-in form" action={newFormLink}>
        Ask about energy, sleep, wins and struggles; collect photos and measurements. Then schedule it weekly, and every answer lands in
        your review inbox.
      </EmptyState>
    );
  } else if (shown.length === 0) {
    body = (
      <p className="text-sm text-muted">
        {showArchived ? 'Nothing archived.' : 'Every form is archived. Restore one, or create a new form.'}
      </p>
    );
  } else {
    body = (
      <ul className="divide-y divide-line">
        {shown.map((form) => (
          <FormRow
            key={form.id}
            form={form}
            schedules={scheduleCount(form)}
            onSchedule={() => setScheduling(form.id)}
            onArchive={() => archive.mutate(form)}
          />
        ))}
      </ul>
    );
  }

  return (
    <div className="flex flex-col gap-5">
      <Link to="/checkins/review" className="inline-flex items-center gap-1 self-start rounded-sm text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> Review inbox
      </Link>
      <PageHeader title="Check-in forms" description="What your clients are asked, and when." actions={newFormLink} />
      <Card>
        {forms.length > 0 && (
          <div className="mb-3 flex gap-2" role="group" aria-label="Show">
            <Chip selected={!showArchived} onClick={() => setParams({}, { replace: true })}>
              In use
            </Chip>
            <Chip selected={showArchived} onClick={() => setParams({ show: 'archived' }, { replace: true })}>
              Archived{archivedCount > 0 ? ` (${archivedCount})` : ''}
            </Chip>
          </div>
        )}
        {body}
      </Card>
      {forms.length > 0 && (
        <Card title="Running schedules" description="Who is asked what, and when. Stopping one keeps the check-ins already sent.">
          <ScheduleList
            clientId={null}
            onSchedule={() => setScheduling(null)}
            emptyText="Nothing scheduled: no client is being asked yet."
          />
        </Card>
      )}
      <ScheduleDialog
        open={scheduling !== undefined}
        onOpenChange={(open) => !open && setScheduling(undefined)}
        {...(scheduling ? { formId: scheduling } : {})}
      />
    </div>
  );
}
