import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { describeApiError } from '../../api/error-messages';
import { meQueryOptions } from '../../api/me';
import { dataExport } from './data-export';

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
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');

  async function handleClick() {
    if (pending) return;
    setPending(true);
    setMessage('');
    try {
      const customer = await queryClient.fetchQuery({
        ...meQueryOptions(),
        staleTime: 0,
      });
      const file = dataExport(customer, new Date());
      download(file.fileName, file.json);
      setMessage(`Your data is downloaded as ${file.fileName}.`);
    } catch (error) {
      setMessage(describeApiError(error).formErrors.join(' '));
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
        Download my data
      </button>
      <p aria-live="polite">{message}</p>
    </>
  );
}
