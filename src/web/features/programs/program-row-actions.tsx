import { useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, Copy, PencilRuler, UserPlus } from 'lucide-react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { ProgramSummary } from '../../../shared/programs';
import { errorMessage } from '../../lib/api';
import { Menu, MenuItem, MenuSeparator } from '../../ui/menu';
import { programsApi, programsChanged } from './queries';

/** Open, copy, assign or archive one program: the same menu in the library and on a client's page. */
export function ProgramRowActions({ program, onAssign }: { program: ProgramSummary; onAssign?: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      programsChanged(queryClient);
      toast.success(success);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };
  const duplicate = async () => {
    try {
      const copy = await programsApi.duplicate(program.id);
      programsChanged(queryClient, copy);
      toast.success(`Copied as “${copy.name}”`, {
        action: { label: 'Open', onClick: () => void navigate(`/programs/${copy.id}`) },
      });
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };
  return (
    <Menu label={`Actions for ${program.name}`}>
      <MenuItem icon={<PencilRuler aria-hidden />} onSelect={() => void navigate(`/programs/${program.id}`)}>
        Open in builder
      </MenuItem>
      {onAssign && !program.archived && (
        <MenuItem icon={<UserPlus aria-hidden />} onSelect={onAssign}>
          Assign to clients
        </MenuItem>
      )}
      <MenuItem icon={<Copy aria-hidden />} onSelect={() => void duplicate()}>
        Duplicate
      </MenuItem>
      <MenuSeparator />
      {program.archived ? (
        <MenuItem
          icon={<ArchiveRestore aria-hidden />}
          onSelect={() => void run(() => programsApi.restore(program.id), `${program.name} is restored`)}
        >
          Restore
        </MenuItem>
      ) : (
        <MenuItem
          icon={<Archive aria-hidden />}
          onSelect={() => void run(() => programsApi.archive(program.id), `${program.name} is archived`)}
        >
          Archive
        </MenuItem>
      )}
    </Menu>
  );
}
