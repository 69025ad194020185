import { useCallback, useEffect, useState } from 'react';

import type { Faults } from '../emulator/core';
import type { PersistentControls } from '../emulator/msw/persistence';

export interface EmulatorView {
  faults: Faults;
  mailCount: number;
}

const REFRESH_MS = 1000;

/**
 * What the panel shows of the emulator, re-read every second while the
 * panel is open: the app sends mail and uses up one-shot faults without
 * telling anyone.
 */
export function useEmulatorView(controls: PersistentControls, open: boolean) {
  const read = useCallback(
    (): EmulatorView => ({
      faults: controls.faults(),
      mailCount: controls.outbox().length,
    }),
    [controls],
  );
  const [view, setView] = useState(read);
  const refresh = useCallback(() => setView(read()), [read]);

  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [open, refresh]);

  return { view, refresh };
}
