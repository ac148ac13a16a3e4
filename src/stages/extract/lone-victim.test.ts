import { describe, expect, it } from 'vitest';
import { CIVILIANS } from '../../core/civilians.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const tarma = placeEntity('Tarma', 'PE');

/** The words under the target of the first event the extract stage finds in `text`, `more` names known too. */
function targetWords(text: string, more: FixtureSpec['mentions'] = []): string[] | null {
  const spec: FixtureSpec = { text, mentions: [['Tarma', tarma], ...more] };
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const target = doc.events![0].actor2;
  if (!target) return null;
  expect(target).toMatchObject(CIVILIANS);
  return target.spans.map(([a, b]) => text.slice(a, b));
}

describe('one person an act harmed, named by no side’s word', () => {
  it.each([
    [
      'Two masked men shot dead a village schoolteacher near Tarma late on Thursday.',
      'a village schoolteacher',
    ],
    [
      'Unknown assailants gunned down the mayor of Santa Lucila outside Tarma on Friday.',
      'the mayor of Santa Lucila',
    ],
    [
      'Attackers on motorbikes murdered the cooperative treasurer, Ramiro Quispe Lanza, in Tarma.',
      'the cooperative treasurer, Ramiro Quispe Lanza',
    ],
    [
      'Ofelia Ccanto Rivas, a radio host, was shot dead on Sunday evening in Tarma.',
      'Ofelia Ccanto Rivas, a radio host,',
    ],
    ['Hooded men kidnapped the deputy mayor of Tarma from his car on Friday.', 'the deputy mayor of Tarma'],
    ['Gunmen abducted a rural nurse outside Tarma on Friday.', 'a rural nurse'],
    [
      'Two men on a motorbike shot dead union leader Elmer Huaman outside Tarma.',
      'union leader Elmer Huaman',
    ],
    [
      'Former agriculture minister Nilda Copa Rojas was shot dead on Friday night in Tarma.',
      'Former agriculture minister Nilda Copa Rojas',
    ],
    [
      'The murder of union leader Elmer Huaman near Tarma on Friday shocked the valley.',
      'union leader Elmer Huaman',
    ],
    ['The kidnapping of a rural nurse outside Tarma on Friday alarmed the valley.', 'a rural nurse'],
    [
      'Hooded men made an assassination attempt on former minister Nilda Copa Rojas in Tarma.',
      'former minister Nilda Copa Rojas',
    ],
    [
      'Rebels staged an attack on the mayor of Santa Lucila near Tarma, but he escaped unhurt.',
      'the mayor of Santa Lucila',
    ],
  ])('is the civilian target: %s', (text, words) => {
    expect(targetWords(text)).toEqual([words]);
  });

  it('is no building an attack was aimed at, whatever words stand before it', () => {
    expect(
      targetWords('Rebels staged an attack on the local council building in Tarma on Friday.'),
    ).toBeNull();
  });

  it('is a civilian though a nation’s adjective stands before a civil calling', () => {
    const text = 'Ruritanian journalist Ofelia Ccanto was shot dead on Sunday evening in Tarma.';
    expect(targetWords(text, [['Ruritanian', demonymEntity('Ruritania', 'RU')]])).toEqual([
      'Ruritanian journalist Ofelia Ccanto',
    ]);
  });

  it('is not a pronoun, whose person the text names elsewhere', () => {
    expect(targetWords('Two masked men killed him near Tarma late on Thursday.')).toBeNull();
    expect(targetWords('Unknown assailants wounded her outside Tarma on Friday.')).toBeNull();
  });

  it('is not a fighter, whose side the words do not give', () => {
    expect(
      targetWords(
        'A drone strike near Tarma on Tuesday killed a rebel commander according to a local radio station.',
      ),
    ).toBeNull();
  });

  it('is not a victim in a clash, whose dead are its fighters', () => {
    expect(targetWords('Fighters clashed with a rival band in Tarma and killed a local boss.')).toBeNull();
  });
});
