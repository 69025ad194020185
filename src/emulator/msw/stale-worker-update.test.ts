import { describe, expect, it, vi } from 'vitest';

import { ignoreStaleWorkerUpdate } from './browser';

function rejection(reason: unknown) {
  const preventDefault = vi.fn();
  ignoreStaleWorkerUpdate({ reason, preventDefault });
  return preventDefault;
}

describe('ignoreStaleWorkerUpdate', () => {
  it("silences the failed update of MSW's own unregistered worker", () => {
    const failed = new Error(
      "Failed to update a ServiceWorker for scope ('http://127.0.0.1:4173/') " +
        "with script ('http://127.0.0.1:4173/mockServiceWorker.js'): Not found",
    );

    expect(rejection(failed)).toHaveBeenCalledOnce();
  });

  it('leaves every other rejection to the console', () => {
    expect(rejection(new Error('Failed to fetch'))).not.toHaveBeenCalled();
    expect(
      rejection(
        new Error(
          "Failed to update a ServiceWorker with script ('/other-worker.js')",
        ),
      ),
    ).not.toHaveBeenCalled();
    expect(rejection(undefined)).not.toHaveBeenCalled();
  });
});
