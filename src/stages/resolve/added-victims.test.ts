import { describe, expect, it } from 'vitest';
import { retellsWithOthers, tellsMoreVictims } from './added-victims.js';
import { toldEvent as eventOf } from './placed-fixture.js';

describe('tellsMoreVictims', () => {
  it.each([
    ['His bodyguard was also killed.', 'killed', true],
    ['Another passer-by was wounded.', 'wounded', true],
    ['A guard was killed.', 'killed', false],
    ['Another bomb killed two soldiers.', 'bomb', false],
    ['His nephew was also killed in the attack.', 'attack', true],
    ['وأضاف أن حارسه قتل أيضا في الهجوم.', 'قتل', true],
    ['وقتل حارس في الهجوم.', 'قتل', false],
    ['كما انفجرت عبوة ثانية في السوق.', 'انفجرت', false],
    // "also" before another fate adds to that fate only: another source's dead are an alternative figure.
    ['A monitor said 56 were killed in the raids, which also wounded dozens.', 'killed', false],
    ['Two guards were killed, and a driver was also wounded.', 'killed', false],
  ])('reads "%s" (trigger "%s") as more victims: %s', (text, trigger, more) => {
    expect(tellsMoreVictims(eventOf(text, trigger), text)).toBe(more);
  });

  it('needs a toll told in its own sentence', () => {
    const text = 'Fighters were also among the dead. It had first reported a toll of 17.';
    const carried = { value: 22, qualifier: 'exact' as const, spans: [[75, 77]] as [number, number][] };
    const event = eventOf(text, 'killed', {
      fatalities: carried,
      evidence: [
        [0, 40],
        [41, text.length],
      ],
    });
    expect(tellsMoreVictims(event, text)).toBe(false);
  });

  it.each([
    ['ندد الوزير بمقتل طفل في هجوم على منزله. وقُتل الطفل، كما أصيب والداه في الهجوم.', 'الطفل', false],
    ['A child was killed in the raid. The child was also killed, the police said.', 'The child', false],
    // A definite noun the text has not told before is another victim.
    ['A guard was killed in the raid. The driver was also killed.', 'The driver', true],
  ])('reads "%s" (one dead: "%s") as more victims: %s', (text, noun, more) => {
    const second = text.indexOf('. ') + 2;
    const at = text.indexOf(noun, second);
    const trigger = text.indexOf('killed', second) >= 0 ? 'killed' : 'قُتل';
    const event = eventOf(text, trigger, {
      fatalities: { value: 1, qualifier: 'exact', spans: [[at, at + noun.length]] },
      evidence: [[second, text.length]],
    });
    event.event_type!.spans = [
      [text.indexOf(trigger, second), text.indexOf(trigger, second) + trigger.length],
    ];
    expect(tellsMoreVictims(event, text)).toBe(more);
  });

  it('needs a toll to add', () => {
    const text = 'His bodyguard was also killed.';
    expect(tellsMoreVictims(eventOf(text, 'killed', { fatalities: null }), text)).toBe(false);
  });
});

describe('retellsWithOthers', () => {
  it.each([
    ['A guard was killed. The guard and two drivers were killed.', true],
    // A victim the text has not named before opens a toll of its own.
    ['A guard was killed. The cook and two drivers were killed.', false],
  ])('reads "%s" as the first toll told again, fuller: %s', (text, fuller) => {
    const second = text.indexOf('. ') + 2;
    const event = eventOf(text, 'killed', {
      fatalities: { value: 3, qualifier: 'exact', spans: [[second, second + 9]] },
      evidence: [[second, text.length]],
    });
    expect(retellsWithOthers(event, text)).toBe(fuller);
  });
});
