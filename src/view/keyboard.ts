/** What a key does in the plot, for an orientation: a command value, no DOM. */
import type { Orientation } from '../orientation/orientation.js';

export type KeyCommand =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; action: 'in' | 'out' | 'reset' };

const ZOOM: Record<string, 'in' | 'out' | 'reset'> = {
  '+': 'in',
  '=': 'in',
  '-': 'out',
  _: 'out',
  '0': 'reset',
};

/**
 * Left/Right (Up/Down when vertical) step through entries, Home/End go to the ends, Enter and
 * Space select, Escape clears; `+`/`-`/`0` zoom unless `zoom` is off (static, list) or a modifier
 * is held (Ctrl + `+` is the browser's own zoom).
 */
export function keyCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  orientation: Orientation,
  zoom: boolean,
): KeyCommand | null {
  switch (event.key) {
    case orientation.keys.next:
      return { kind: 'move', to: 'next' };
    case orientation.keys.previous:
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'clear' };
  }
  const action = ZOOM[event.key];
  if (!action || !zoom || event.ctrlKey || event.metaKey || event.altKey) return null;
  return { kind: 'zoom', action };
}
