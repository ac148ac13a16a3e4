import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.js';

describe('a remembered promise', () => {
  it('is made once for its key and given again after', async () => {
    const made = new Map<string, Promise<number>>();
    let calls = 0;
    const ask = (key: string) => remembered(made, key, async () => ++calls);
    expect(await ask('coast')).toBe(1);
    expect(await ask('coast')).toBe(1);
    expect(await ask('hills')).toBe(2);
  });

  it('is forgotten when it fails, so the next ask makes it again', async () => {
    const made = new Map<string, Promise<string>>();
    let calls = 0;
    const ask = () =>
      remembered(made, 'shapes', async () => {
        if (++calls === 1) throw new Error('offline');
        return 'drawn';
      });
    await expect(ask()).rejects.toThrow('offline');
    expect(await ask()).toBe('drawn');
    expect(calls).toBe(2);
  });
});
