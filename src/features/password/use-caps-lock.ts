import { type KeyboardEvent, useState } from 'react';

/**
 * Whether Caps Lock is on, as the last key pressed in the field reported
 * it. Browsers only tell with a key event, so it starts off as unknown.
 */
export function useCapsLock() {
  const [on, setOn] = useState(false);
  return {
    on,
    check: (event: KeyboardEvent<HTMLInputElement>) =>
      setOn(event.getModifierState('CapsLock')),
    clear: () => setOn(false),
  };
}
