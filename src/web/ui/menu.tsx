import { MoreHorizontal } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn } from './cn';

type MenuProps = {
  /** Accessible name of the trigger, e.g. "Workout actions". */
  label: string;
  children: ReactNode;
  trigger?: ReactNode;
  align?: 'start' | 'end';
  triggerClassName?: string;
};

/** A "⋯" button opening a list of actions; arrow keys move, Enter picks, Escape closes. */
export function Menu({ label, children, trigger, align = 'end', triggerClassName }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        aria-label={label}
        className={cn(
          'inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text data-[state=open]:bg-surface-muted',
          triggerClassName,
        )}
      >
        {trigger ?? <MoreHorizontal aria-hidden className="size-4" />}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border border-line bg-surface p-1 text-sm shadow-lg focus:outline-none"
        >
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

type MenuItemProps = {
  onSelect: () => void;
  icon?: ReactNode;
  children: ReactNode;
  tone?: 'default' | 'danger';
  disabled?: boolean;
  shortcut?: string;
};

export function MenuItem({ onSelect, icon, children, tone = 'default', disabled, shortcut }: MenuItemProps) {
  return (
    <DropdownMenu.Item
      onSelect={onSelect}
      disabled={disabled}
      className={cn(
        'flex h-9 cursor-default items-center gap-2 rounded-sm px-2 outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface-muted [&>svg]:size-4 [&>svg]:shrink-0',
        tone === 'danger' ? 'text-danger' : 'text-text',
      )}
    >
      {icon}
      <span className="flex-1">{children}</span>
      {shortcut && <kbd className="text-xs text-muted">{shortcut}</kbd>}
    </DropdownMenu.Item>
  );
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className="my-1 h-px bg-line" />;
}
