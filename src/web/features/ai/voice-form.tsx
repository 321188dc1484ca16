import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Settings } from '../../../shared/settings';
import { ApiError, errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { settingsApi, settingsKeys } from '../settings/queries';

type Voice = Pick<Settings, 'aiVoice' | 'aiVoiceExamples'>;
type Errors = { voice?: string; examples: Record<number, string>; root?: string };

const MAX_EXAMPLES = 3;
const MAX_LENGTH = 1000;

/**
 * Puts the server's field errors where they belong. `kept` maps each saved example back to its box
 * (blank boxes are left out of the save, so the indexes can differ).
 */
function toErrors(error: unknown, kept: number[]): Errors {
  const errors: Errors = { examples: {} };
  if (!(error instanceof ApiError) || error.fields.length === 0) return { ...errors, root: errorMessage(error) };
  for (const field of error.fields) {
    const [top, index] = field.path.split('.');
    const box = index === undefined ? undefined : kept[Number(index)];
    if (top === 'aiVoice') errors.voice = field.message;
    else if (top === 'aiVoiceExamples' && box !== undefined) errors.examples[box] = field.message;
    else errors.root ??= field.message;
  }
  return errors;
}

/** Settings → AI → Your voice: how every AI draft should sound, and up to three of the trainer's own messages. */
export function AiVoiceForm({ settings }: { settings: Voice }) {
  const queryClient = useQueryClient();
  const [voice, setVoice] = useState(settings.aiVoice);
  const [examples, setExamples] = useState<string[]>(settings.aiVoiceExamples);
  const [errors, setErrors] = useState<Errors>({ examples: {} });

  const kept = examples.flatMap((text, index) => (text.trim() ? [index] : []));
  const save = useMutation({
    mutationFn: () => settingsApi.update({ aiVoice: voice.trim(), aiVoiceExamples: kept.map((index) => examples[index]!.trim()) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.all, saved);
      setExamples(saved.aiVoiceExamples);
      setErrors({ examples: {} });
      toast.success('Voice saved. New drafts will sound like you.');
    },
    onError: (error) => setErrors(toErrors(error, kept)),
  });

  const setExample = (index: number, text: string) => {
    setExamples((list) => list.map((item, at) => (at === index ? text : item)));
    if (errors.examples[index]) setErrors((old) => ({ ...old, examples: { ...old.examples, [index]: '' } }));
  };
  const removeExample = (index: number) => {
    setExamples((list) => list.filter((_, at) => at !== index));
    setErrors({ examples: {} }); // the boxes move up: old messages would point at the wrong one
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <TextareaField
        label="How your messages sound"
        hint="Reply suggestions, follow-ups and review drafts are written this way."
        placeholder="Short and warm, British spelling, no emojis"
        maxLength={MAX_LENGTH}
        value={voice}
        error={errors.voice || undefined}
        onChange={(event) => {
          setVoice(event.target.value);
          if (errors.voice) setErrors((old) => ({ ...old, voice: '' }));
        }}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1.5 text-sm font-medium text-text">
          Messages you wrote <span className="font-normal text-muted">(up to {MAX_EXAMPLES}, optional)</span>
        </legend>
        {examples.length === 0 && (
          <p className="text-sm text-muted">Paste a message or two you sent a client: drafts pick up your greeting, length and sign-off.</p>
        )}
        {examples.map((text, index) => (
          <div key={index} className="flex items-start gap-2">
            <TextareaField
              label={`Example ${index + 1}`}
              wrapperClassName="min-w-0 flex-1"
              placeholder="Cracking week — proud of you. Same again next week?"
              maxLength={MAX_LENGTH}
              value={text}
              error={errors.examples[index] || undefined}
              onChange={(event) => setExample(index, event.target.value)}
            />
            <Button
              variant="ghost"
              className="mt-6 shrink-0 px-3"
              aria-label={`Remove example ${index + 1}`}
              title="Remove"
              icon={<X aria-hidden className="size-4" />}
              onClick={() => removeExample(index)}
            />
          </div>
        ))}
        {examples.length < MAX_EXAMPLES && (
          <div>
            <Button
              variant="secondary"
              size="sm"
              icon={<Plus aria-hidden className="size-4" />}
              onClick={() => setExamples([...examples, ''])}
            >
              Add an example
            </Button>
          </div>
        )}
      </fieldset>
      <FormError message={errors.root} />
      <div>
        <Button type="submit" pending={save.isPending}>
          Save voice
        </Button>
      </div>
    </form>
  );
}
