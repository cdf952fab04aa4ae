import { expect } from '@open-wc/testing';
import { toIsoWithOffset } from '../../src/data/time.js';

const SH = 'Asia/Shanghai';

describe('toIsoWithOffset', () => {
  const cases: [string, string, string, string][] = [
    // input, time zone, expected string, expected instant (UTC)
    ['2025-04-09 11:27:00', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['2025-04-09T11:27', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['2025/04/09 11:27', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['2025-4-9 8:05:09', SH, '2025-04-09T08:05:09+08:00', '2025-04-09T00:05:09Z'],
    ['2025-04-09', SH, '2025-04-09T00:00:00+08:00', '2025-04-08T16:00:00Z'],
    ['2025-04-09T03:27:00Z', SH, '2025-04-09T03:27:00+00:00', '2025-04-09T03:27:00Z'],
    ['2025-04-09T11:27:00+08:00', 'America/New_York', '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['2025-04-09T11:27:00.250+0800', SH, '2025-04-09T11:27:00.250+08:00', '2025-04-09T03:27:00.250Z'],
    ['2025-03-14T10:05:12-04:00', SH, '2025-03-14T10:05:12-04:00', '2025-03-14T14:05:12Z'],
    ['Wed, 09 Apr 2025 11:27:00 +0800', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['Wed, 16 Apr 2025 01:20:00 GMT', SH, '2025-04-16T01:20:00+00:00', '2025-04-16T01:20:00Z'],
    ['Wed, 16 Apr 2025 01:20:00 UT', SH, '2025-04-16T01:20:00+00:00', '2025-04-16T01:20:00Z'],
    ['16 Apr 2025 01:20 EST', SH, '2025-04-16T01:20:00-05:00', '2025-04-16T06:20:00Z'],
    ['Sun, 06 Nov 94 08:49:37 PDT', SH, '1994-11-06T08:49:37-07:00', '1994-11-06T15:49:37Z'],
    ['Wed, 09 Apr 2025 11:27:00', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    // DST: New York is -05:00 in winter and -04:00 in summer
    ['2025-01-15 12:00', 'America/New_York', '2025-01-15T12:00:00-05:00', '2025-01-15T17:00:00Z'],
    ['2025-07-15 12:00', 'America/New_York', '2025-07-15T12:00:00-04:00', '2025-07-15T16:00:00Z'],
    // the hour after the spring-forward gap and the repeated autumn hour
    ['2025-03-09 03:30', 'America/New_York', '2025-03-09T03:30:00-04:00', '2025-03-09T07:30:00Z'],
    ['2025-11-02 00:30', 'America/New_York', '2025-11-02T00:30:00-04:00', '2025-11-02T04:30:00Z'],
    ['2025-04-09 11:27:00', 'Asia/Kolkata', '2025-04-09T11:27:00+05:30', '2025-04-09T05:57:00Z'],
    ['2025-04-09 11:27:00', 'UTC', '2025-04-09T11:27:00+00:00', '2025-04-09T11:27:00Z'],
    // a comment after the zone (RFC 5322), 12-hour clocks, month-first English dates
    ['Wed, 9 Apr 2025 11:27:00 +0800 (CST)', SH, '2025-04-09T11:27:00+08:00', '2025-04-09T03:27:00Z'],
    ['2025年4月9日 下午3:27', SH, '2025-04-09T15:27:00+08:00', '2025-04-09T07:27:00Z'],
    ['2025-04-09 上午12:05', SH, '2025-04-09T00:05:00+08:00', '2025-04-08T16:05:00Z'],
    ['2025年04月09日中午12点30分', SH, '2025-04-09T12:30:00+08:00', '2025-04-09T04:30:00Z'],
    ['2025-04-09 3:27 PM', SH, '2025-04-09T15:27:00+08:00', '2025-04-09T07:27:00Z'],
    ['Apr 9, 2025 11:27 AM', 'America/New_York', '2025-04-09T11:27:00-04:00', '2025-04-09T15:27:00Z'],
    ['April 9, 2025 at 12:15 p.m. EDT', SH, '2025-04-09T12:15:00-04:00', '2025-04-09T16:15:00Z'],
    ['Wednesday, April 9th 2025', SH, '2025-04-09T00:00:00+08:00', '2025-04-08T16:00:00Z'],
  ];
  for (const [input, tz, iso, utc] of cases) {
    it(`${input} in ${tz}`, () => {
      const out = toIsoWithOffset(input, tz);
      expect(out).to.equal(iso);
      expect(Date.parse(out!)).to.equal(Date.parse(utc));
    });
  }

  it('a wall time inside the spring-forward gap resolves to a real instant', () => {
    const out = toIsoWithOffset('2025-03-09 02:30', 'America/New_York');
    expect(out).to.equal('2025-03-09T03:30:00-04:00');
    expect(toIsoWithOffset('2025-11-02 01:30', 'America/New_York')).to.equal('2025-11-02T01:30:00-04:00');
  });

  for (const bad of [
    '',
    'yesterday',
    '2025-02-30 10:00',
    '2025-13-01',
    '2025-04-09 24:00',
    '2025-04-09T11:60',
    '2025-04-09T11:27:00+25:00',
    'Mon, 32 Apr 2025 25:00:00 +0800',
    'Wed, 09 Foo 2025 11:27:00 +0800',
    'Wed, 09 Apr 2025 11:27:00 XYZ',
    '0001-01-01',
    '2025-04-09'.repeat(1000),
    // Longer than any time before the Chinese forms are rewritten, however short the rewrite would be.
    `2025年${' '.repeat(70)}4月9日 11:27`,
  ]) {
    it(`rejects ${JSON.stringify(bad).slice(0, 40)}`, () => expect(toIsoWithOffset(bad, SH)).to.equal(null));
  }

  it('returns null for zone-less input in an unknown time zone', () => {
    expect(toIsoWithOffset('2025-04-09 11:27', 'Mars/Olympus')).to.equal(null);
    expect(toIsoWithOffset('2025-04-09T11:27:00+08:00', 'Mars/Olympus')).to.equal(
      '2025-04-09T11:27:00+08:00',
    );
  });
});
