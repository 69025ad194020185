import { UNAVAILABLE_MESSAGE } from '../api/error-messages';

interface Props {
  onRetry: () => void;
  retrying?: boolean;
}

/** Shown when the service cannot be reached: not the same as signed out. */
export function ServiceUnavailable({ onRetry, retrying = false }: Props) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{UNAVAILABLE_MESSAGE}</p>
      <button
        type="button"
        className="button"
        onClick={onRetry}
        disabled={retrying}
        aria-busy={retrying || undefined}
      >
        Try again
      </button>
    </div>
  );
}
