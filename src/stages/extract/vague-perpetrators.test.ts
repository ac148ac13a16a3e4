import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const rajkot = placeEntity('Rajkot', 'IN');

/** The first event's initiator the extract stage finds in `text`. */
function initiatorOf(text: string) {
  const doc = fixtureDocument({ text, mentions: [['Rajkot', rajkot]] });
  extract.run(doc, { referenceDate: null });
  return doc.events?.[0]?.actor1;
}

describe('"miscreants" as perpetrators', () => {
  it('name no side outside a riot: they only say the attackers are unknown', () => {
    expect(
      initiatorOf('Two miscreants on a scooter shot dead a night guard in Rajkot on Sunday.'),
    ).toBeNull();
  });

  it('are the rioters of a riot', () => {
    expect(initiatorOf('Miscreants pelted stones at the police in Rajkot on Sunday.')).toMatchObject({
      name: 'Rioters (India)',
    });
  });
});
