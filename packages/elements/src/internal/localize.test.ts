import { expect } from '@open-wc/testing';
import type { Locale } from '@jianyi/core';
import { when } from '../components/hot-topic-poll/hot-topic-poll.js';
import { hotTopicPollTerms } from '../components/hot-topic-poll/hot-topic-poll.i18n.js';
import { formatDateTime, formatNumber, formatPercent } from './localize.js';

// The widgets write dates and numbers by hand to keep Intl's start-up cost off the page;
// what they write must be what Intl would have said, in each locale.
const locales: Locale[] = ['zh-CN', 'zh-TW', 'en'];

describe('dates and numbers written as Intl writes them', () => {
  before(() => Promise.all(locales.map((locale) => hotTopicPollTerms.load(locale))));

  it('dates, with and without the time', () => {
    const dates = ['2026-03-02T01:05:00Z', '2026-12-31T15:59:00Z', '2026-12-31T16:00:00Z', '2027-01-09T23:30:00Z', '2025-10-10T10:10:10Z'];
    for (const locale of locales) {
      for (const withTime of [true, false]) {
        const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', ...(withTime && { hour: '2-digit', minute: '2-digit', hour12: false }) });
        for (const iso of dates) expect(formatDateTime(iso, locale, withTime), `${locale} ${iso}`).to.equal(intl.format(new Date(iso)));
      }
    }
  });

  it('counts and shares of a vote', () => {
    for (const locale of locales) {
      const number = new Intl.NumberFormat(locale);
      for (const value of [0, 7, 999, 1000, 1414, 10_320, 1_234_567]) expect(formatNumber(value, locale)).to.equal(number.format(value));
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      for (const total of [1, 3, 7, 8, 16, 1414]) {
        for (let count = 0; count <= total; count += Math.ceil(total / 50)) expect(formatPercent(count / total, locale), `${locale} ${count}/${total}`).to.equal(percent.format(count / total));
      }
    }
  });

  it('how long ago a comment was posted', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
    for (const locale of locales) {
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      for (const minutes of [1, 2, 5, 59]) expect(when(ago(minutes * 60), locale, now)).to.equal(relative.format(-minutes, 'minute'));
      for (const hours of [1, 3, 23]) expect(when(ago(hours * 3600), locale, now)).to.equal(relative.format(-hours, 'hour'));
      for (const days of [1, 2, 3, 6]) expect(when(ago(days * 86_400), locale, now)).to.equal(relative.format(-days, 'day'));
    }
  });
});
