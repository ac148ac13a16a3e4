import { beforeAll, describe, expect, it } from 'vitest';
import { createMarsad, type Marsad } from '../../src/app/index.js';
import { loadConfig } from '../../src/core/config.js';

// Names of the knowledge base that one side shares with another: each must stay with the side it names.
let marsad: Marsad;

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
});

async function firstActors(text: string): Promise<[string | undefined, string | undefined]> {
  const out = await marsad.analyse('t', { bytes: new TextEncoder().encode(text), format: 'text', hints: {} });
  const e = out.events[0];
  return [e?.actor1?.name, e?.actor2?.name];
}

describe('sides the knowledge base names apart', () => {
  it('takes a ruling party’s youth militia for the militia, not the party', async () => {
    expect(
      (
        await firstActors(
          'Imbonerakure militiamen beat two shopkeepers in Mwaro province in Burundi on Monday.',
        )
      )[0],
    ).toBe('Imbonerakure');
  });

  it('does not take a Salvadoran front whose name ends in "Democratic Front" for a Palestinian faction', async () => {
    const [actor1] = await firstActors(
      'Fighters of the Revolutionary Democratic Front attacked a police post in Usulutan, El Salvador, on Monday.',
    );
    expect(actor1).toBe('Revolutionary Democratic Front');
  });
});
