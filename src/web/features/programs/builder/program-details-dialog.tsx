import { Dialog } from '../../../ui/dialog';
import { TextareaField } from '../../../ui/field';
import { TagsInput } from '../../../ui/tags-input';
import { Button } from '../../../ui/button';
import type { ProgramDoc } from './use-autosave';

type DetailsProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  doc: ProgramDoc;
  onChange: (patch: Partial<ProgramDoc>, key: string) => void;
  errors: { description?: string | undefined; tags?: string | undefined };
};

/** Description and tags: they save with everything else. */
export function ProgramDetailsDialog({ open, onOpenChange, doc, onChange, errors }: DetailsProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Program details" description="Changes save as you type.">
      <div className="flex flex-col gap-5">
        <TextareaField
          label="Description"
          optional
          rows={4}
          value={doc.description}
          onChange={(event) => onChange({ description: event.target.value }, 'description')}
          error={errors.description}
          hint="Who it is for and what it builds. Only you see it."
        />
        <TagsInput label="Tags" value={doc.tags} onChange={(tags) => onChange({ tags }, 'tags')} error={errors.tags} />
        <Button className="self-end" onClick={() => onOpenChange(false)}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
