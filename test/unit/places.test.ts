import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinesePlaces } from '../../corpus/lexicon/build-places.ts';
import { LEXICON_DIR, loadLexicon } from '../../pipeline/lexicon.ts';

describe('the gazetteer of China', () => {
  const written = readFileSync(join(LEXICON_DIR, 'places-cn.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));

  it('is what build-places.ts writes from the administrative divisions (run `npm run lexicon:places` after a change)', () => {
    expect(written).toEqual(chinesePlaces());
  });

  it('holds counties, banners and prefectures in full and short form', () => {
    const places = loadLexicon().places;
    for (const place of ['杭锦旗', '鄂尔多斯', '鄂尔多斯市', '义乌', '张家港', '阿克苏', '长阳土家族自治县', '黔东南', '朝阳区']) expect(places.has(place), place).toBe(true);
  });

  it('leaves out short forms that are everyday words, given names or district names (东方/s, 白银 silver, 凌云, 卧龙 of 卧龙区)', () => {
    const places = loadLexicon().places;
    for (const word of ['东方', '白银', '大同', '凌云', '卧龙', '和平', '新华', '郊区']) expect(places.has(word), word).toBe(false);
  });
});
