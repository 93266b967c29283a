import { expect } from '@open-wc/testing';
import { horizontal, vertical } from '../../src/orientation/index.js';
import { keyCommand } from '../../src/view/keyboard.js';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keys (view/keyboard)', () => {
  it('steps with Left/Right when horizontal, Up/Down when vertical', () => {
    expect(keyCommand(key('ArrowRight'), horizontal, true)).to.deep.equal({ kind: 'move', to: 'next' });
    expect(keyCommand(key('ArrowLeft'), horizontal, true)).to.deep.equal({ kind: 'move', to: 'previous' });
    expect(keyCommand(key('ArrowDown'), vertical, true)).to.deep.equal({ kind: 'move', to: 'next' });
    expect(keyCommand(key('ArrowUp'), vertical, true)).to.deep.equal({ kind: 'move', to: 'previous' });
    // The other axis's arrows do nothing (the page may scroll).
    expect(keyCommand(key('ArrowDown'), horizontal, true)).to.be.null;
    expect(keyCommand(key('ArrowUp'), horizontal, true)).to.be.null;
    expect(keyCommand(key('ArrowRight'), vertical, true)).to.be.null;
    expect(keyCommand(key('ArrowLeft'), vertical, true)).to.be.null;
  });

  it('goes to the ends with Home/End, selects with Enter and Space, clears with Escape', () => {
    for (const orientation of [horizontal, vertical]) {
      expect(keyCommand(key('Home'), orientation, false)).to.deep.equal({ kind: 'move', to: 'first' });
      expect(keyCommand(key('End'), orientation, false)).to.deep.equal({ kind: 'move', to: 'last' });
      expect(keyCommand(key('Enter'), orientation, false)).to.deep.equal({ kind: 'select' });
      expect(keyCommand(key(' '), orientation, false)).to.deep.equal({ kind: 'select' });
      expect(keyCommand(key('Escape'), orientation, false)).to.deep.equal({ kind: 'clear' });
    }
  });

  it('zooms with + = - _ 0', () => {
    const zoom = (k: string) => keyCommand(key(k), horizontal, true);
    expect(zoom('+')).to.deep.equal({ kind: 'zoom', action: 'in' });
    expect(zoom('=')).to.deep.equal({ kind: 'zoom', action: 'in' });
    expect(zoom('-')).to.deep.equal({ kind: 'zoom', action: 'out' });
    expect(zoom('_')).to.deep.equal({ kind: 'zoom', action: 'out' });
    expect(zoom('0')).to.deep.equal({ kind: 'zoom', action: 'reset' });
    expect(keyCommand(key('0'), vertical, true)).to.deep.equal({ kind: 'zoom', action: 'reset' });
  });

  it('leaves zoom keys alone when zooming is off or a modifier is held (the browser’s own zoom)', () => {
    for (const k of ['+', '-', '0']) {
      expect(keyCommand(key(k), horizontal, false), k).to.be.null;
      for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const)
        expect(keyCommand(key(k, { [mod]: true }), horizontal, true), `${mod} ${k}`).to.be.null;
    }
  });

  it('still steps and selects with a modifier held', () => {
    expect(keyCommand(key('ArrowRight', { altKey: true }), horizontal, true)).to.deep.equal({
      kind: 'move',
      to: 'next',
    });
    expect(keyCommand(key('Enter', { ctrlKey: true }), vertical, true)).to.deep.equal({ kind: 'select' });
  });

  it('knows nothing of other keys', () => {
    for (const k of ['a', 'Tab', 'PageDown', 'Shift', '1', 'Backspace'])
      expect(keyCommand(key(k), horizontal, true), k).to.be.null;
  });
});
