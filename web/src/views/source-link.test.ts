import { describe, expect, it } from 'vitest';
import { followableUrl } from './source-link.js';

describe('the link to where an article came from', () => {
  it('is made for a web address', () => {
    expect(followableUrl('https://news.example/2024/raid.html')).toBe('https://news.example/2024/raid.html');
    expect(followableUrl('HTTP://News.Example/a')).toBe('http://news.example/a');
  });

  it.each([
    ['a script', 'javascript:window.stolen=document.cookie'],
    ['a script with a tab in its scheme', 'java\tscript:void(0)'],
    ['inline data', 'data:text/html,<p>hi</p>'],
    ['a local file', 'file:///etc/passwd'],
    ['a relative path', 'inbox/report.txt'],
    ['nothing', null],
  ])('is never made for %s', (_name, url) => {
    expect(followableUrl(url)).toBeNull();
  });
});
