import { describe, expect, it } from '@jest/globals';
import { afterLearning, coldStart } from '../tools/detection/benign-quality.js';
import { benignRecords } from '../tools/detection/benign-stream.js';

describe('the benign synthetic stream', () => {
  it('is reproducible', () => {
    const a = [...benignRecords({ hours: 2 })].map((r) => r['eventID']);
    const b = [...benignRecords({ hours: 2 })].map((r) => r['eventID']);
    expect(a.length).toBeGreaterThan(500);
    expect(a).toEqual(b);
  });

  it('raises (almost) nothing on a working day with no baseline', async () => {
    const r = await coldStart(16, 0.2);
    expect(r.events).toBeGreaterThan(2000);
    expect(r.perHourAboveInfo).toBeLessThanOrEqual(0.2);
  });

  it('raises at most one alert every few hours once a day and a half was learned', async () => {
    const r = await afterLearning(36, 12, 0.2);
    expect(r.learnedWindows).toBeGreaterThan(50);
    expect(r.perHourAboveInfo).toBeLessThanOrEqual(0.25);
  });
});
