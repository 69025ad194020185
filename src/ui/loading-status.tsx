import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';
import { StatusMessage } from './status-message';

/** "Loading…" in a polite live region, for pages waiting on their data. */
export function LoadingStatus() {
  const t = useT(coreMessages);
  return <StatusMessage>{t('app.loading')}</StatusMessage>;
}
