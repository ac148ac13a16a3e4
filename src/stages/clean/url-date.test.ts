import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './url-date.js';

describe('the publication day in a URL', () => {
  it.each([
    ['https://news.example/2015/07/24/article-title', '2015-07-24'],
    ['https://news.example/world/2024/3/5/story', '2024-03-05'],
    ['https://paper.example/Issues/20150801/Con20150801781234.htm', '2015-08-01'],
    ['https://paper.example/2015/20150722/ln3.htm', '2015-07-22'],
    ['https://site.example/news/2023-10-07-attack-report', '2023-10-07'],
    ['https://site.example/مقال/2016/02/29/عنوان', '2016-02-29'],
  ])('reads %s as %s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it.each([
    ['https://site.example/article/410736/title'],
    ['https://site.example/2015/title-only-year'],
    ['https://site.example/2015/02/30/impossible-day'],
    ['https://site.example/id/20151399/'],
    ['not a url'],
    [''],
  ])('finds no day in %s', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
