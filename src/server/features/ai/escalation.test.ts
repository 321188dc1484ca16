import { describe, expect, it } from 'vitest';
import { ESCALATION_CASES } from './escalation-cases';
import { screenMessage } from './escalation';

describe('the escalation screen', () => {
  it('catches every red flag in the labelled set and raises few false alarms', () => {
    const flags = ESCALATION_CASES.filter((c) => c.flag);
    const others = ESCALATION_CASES.filter((c) => !c.flag);
    const missed = flags.filter((c) => !screenMessage(c.text).flagged);
    const falseAlarms = others.filter((c) => screenMessage(c.text).flagged);
    const recall = (flags.length - missed.length) / flags.length;
    const falsePositiveRate = falseAlarms.length / others.length;
    console.log(
      `escalation screen: ${ESCALATION_CASES.length} messages (${flags.length} red flags); recall ${(100 * recall).toFixed(1)} %, false positives ${(100 * falsePositiveRate).toFixed(1)} %` +
        [
          ...missed.map((c) => `\n  missed: ${c.text}`),
          ...falseAlarms.map(
            (c) =>
              `\n  false alarm: ${c.text} (${screenMessage(c.text)
                .matches.map((m) => m.phrase)
                .join(', ')})`,
          ),
        ].join(''),
    );
    expect(ESCALATION_CASES.length).toBeGreaterThanOrEqual(80);
    expect(missed.map((c) => c.text)).toEqual([]);
    expect(falsePositiveRate).toBeLessThan(0.1);
  });

  it('names the categories and the phrases that matched', () => {
    expect(screenMessage('Chest pain and I feel dizzy. Also pregnant!')).toMatchObject({
      flagged: true,
      categories: ['emergency', 'pregnancy'],
      matches: [
        { category: 'emergency', phrase: 'chest pain' },
        { category: 'pregnancy', phrase: 'pregnant' },
      ],
    });
    expect(screenMessage('I want to die')).toMatchObject({ categories: ['self_harm'] });
    // A negation reaches only within its sentence.
    expect(screenMessage('No pain yesterday. Chest pain today.').flagged).toBe(true);
    expect(screenMessage('').flagged).toBe(false);
  });
});
