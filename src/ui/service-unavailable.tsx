import { UNAVAILABLE_MESSAGE } from '../api/error-messages';
import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';

interface Props {
  onRetry: () => void;
  retrying?: boolean;
}

/** Shown when the service cannot be reached: not the same as signed out. */
export function ServiceUnavailable({ onRetry, retrying = false }: Props) {
  const t = useT(coreMessages);
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(UNAVAILABLE_MESSAGE)}</p>
      <button
        type="button"
        className="button"
        onClick={onRetry}
        disabled={retrying}
        aria-busy={retrying || undefined}
      >
        {t('ui.tryAgain')}
      </button>
    </div>
  );
}
