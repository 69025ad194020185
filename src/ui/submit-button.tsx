import type { ComponentPropsWithRef, ReactNode } from 'react';

type Props = Omit<ComponentPropsWithRef<'button'>, 'type'> & {
  pending?: boolean;
  /** Read instead of the label while pending, e.g. "Saving…". */
  pendingLabel?: ReactNode;
};

/**
 * Busy and inert while its request runs, so it cannot submit twice. It
 * is marked disabled (`aria-disabled`) rather than disabled outright: a
 * disabled button loses the focus, which would drop a keyboard user to
 * the top of the page each time they save. Clicks, and the Enter that
 * submits a form through its button, do nothing meanwhile.
 */
export function SubmitButton({
  pending = false,
  pendingLabel,
  children,
  className,
  onClick,
  ...button
}: Props) {
  return (
    <button
      {...button}
      type="submit"
      className={['button', 'button-primary', className]
        .filter(Boolean)
        .join(' ')}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
