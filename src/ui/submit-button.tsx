import type { ComponentPropsWithRef, ReactNode } from 'react';

type Props = Omit<ComponentPropsWithRef<'button'>, 'type'> & {
  pending?: boolean;
  /** Read instead of the label while pending, e.g. "Saving…". */
  pendingLabel?: ReactNode;
};

/** Disabled and busy while its request runs, so it cannot submit twice. */
export function SubmitButton({
  pending = false,
  pendingLabel,
  disabled,
  children,
  className,
  ...button
}: Props) {
  return (
    <button
      {...button}
      type="submit"
      className={['button', 'button-primary', className]
        .filter(Boolean)
        .join(' ')}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
