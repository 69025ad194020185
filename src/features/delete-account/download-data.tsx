import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { describeApiError } from '../../api/error-messages';
import { meQueryOptions } from '../../api/me';
import { dataExport } from './data-export';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { deleteMessages } from './messages-en';

/** Hands a file to the browser's download, from memory. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(
    new Blob([text], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers read the URL after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download my data": the account as it is on the server right now. */
export function DownloadData() {
  const t = useT(deleteMessages);
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  // Message references, shown in the language of the moment.
  const [messages, setMessages] = useState<string[]>([]);

  async function handleClick() {
    if (pending) return;
    setPending(true);
    setMessages([]);
    try {
      const customer = await queryClient.fetchQuery({
        ...meQueryOptions(),
        staleTime: 0,
      });
      const file = dataExport(customer, new Date());
      download(file.fileName, file.json);
      setMessages([
        messageRef(deleteMessages, 'delete.downloaded', {
          file: file.fileName,
        }),
      ]);
    } catch (error) {
      setMessages(describeApiError(error).formErrors);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        aria-busy={pending || undefined}
        onClick={() => void handleClick()}
      >
        {t('delete.download')}
      </button>
      <p aria-live="polite">{messages.map(t.text).join(' ')}</p>
    </>
  );
}
