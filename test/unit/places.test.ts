// Places held: a Chinese name the gazetteer does not know is given an English rendering built from its parts.
import { describe, expect, it } from 'vitest';
import { translatePlace } from '../../src/vocabulary/places.js';

describe('translatePlace', () => {
  it.each([
    ['四川省川西监狱', 'Chuanxi Prison, Sichuan Province'],
    ['北京市第二监狱', 'No. 2 Prison, Beijing'],
    ['新郑市看守所', 'Xinzheng City Detention Centre'],
    ['岳阳市云溪区看守所', 'Yunxi District Detention Centre, Yueyang City'],
    ['杭州市上城区看守所', 'Shangcheng District Detention Centre, Hangzhou City'],
    ['益阳市第一看守所', 'Yiyang City No. 1 Detention Centre'],
    ['阿坝州看守所', 'Aba Prefecture Detention Centre'],
    ['马尔康县看守所', 'Maerkang County Detention Centre'],
    ['湖南省岳阳市云溪区看守所', 'Yunxi District Detention Centre, Yueyang City, Hunan Province'],
    ['广州市第十一看守所', 'Guangzhou City No. 11 Detention Centre'],
    ['上海市第二十看守所', 'No. 20 Detention Centre, Shanghai'],
    ['提篮桥监狱', 'Tilanqiao Prison'],
  ])('%s -> %s', (zh, en) => {
    expect(translatePlace(zh)).toBe(en);
  });
});
