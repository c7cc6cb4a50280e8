import { describe, expect, it } from 'vitest';
import { cleanStage } from '../../../pipeline/stages/clean.ts';
import { mapSpan } from '../../../pipeline/offsets.ts';

const ctx = { articleId: 'x', source: 'test.txt', report: () => undefined };

function clean(original: string) {
  return cleanStage.run({ articleId: 'x', source: 'test.txt', original }, ctx) as ReturnType<typeof cleanStage.run> & { cleaned: { text: string; map: never }; header: { title: string | null; published: string | null; format: string } };
}

describe('clean', () => {
  it.each([
    ['pinyin annotations', '洛陽市委書記江凌與小米產(chǎn)業(yè)投資總經(jīng)理孫昌旭', '洛陽市委書記江凌與小米產業投資總經理孫昌旭'],
    ['the app banner, in Traditional with pinyin', '會談。\n\n打開網(wǎng)易新聞 查看精彩圖片\n\n孫昌旭', '會談。\n\n\n\n孫昌旭'],
    ['the original-title marker', '原标题：雷军再出手', '雷军再出手'],
    ['a short source credit', '投资方为小米产投。来源：天眼查。至此', '投资方为小米产投。。至此'],
    ['the editor credit at the end', '做好了准备。责任编辑：王蒙', '做好了准备。'],
  ])('removes %s', (_name, original, expected) => {
    expect(clean(original).cleaned.text).toBe(expected);
  });

  it('drops the commas that group thousands, and no other comma between digits', () => {
    expect(clean('以每股2,500日圓認購，總金額1,234,567元').cleaned.text).toBe('以每股2500日圓認購，總金額1234567元');
    expect(clean('2019,2020年与第1,2名').cleaned.text).toBe('2019,2020年与第1,2名');
  });

  it('leaves parentheses that are not pinyin alone', () => {
    expect(clean('安泰科技(000969)与LG(韩国)').cleaned.text).toBe('安泰科技(000969)与LG(韩国)');
  });

  it('maps every cleaned character back to the same character of the original', () => {
    const original = '小米產(chǎn)業(yè)投資總經(jīng)理孫昌旭';
    const { cleaned } = clean(original);
    for (let i = 0; i < cleaned.text.length; i++) {
      const span = mapSpan(cleaned.map, i, i + 1);
      expect(original.slice(span.start, span.end)).toBe(cleaned.text[i]);
    }
  });

  it('reads title and date from Markdown front matter and drops it from the text', () => {
    const { cleaned, header } = clean('---\ntitle: "小米入股上海快卜"\npublishedAt: 2022-06-10\n---\n小米入股上海快卜。');
    expect(cleaned.text).toBe('小米入股上海快卜。');
    expect(header).toMatchObject({ title: '小米入股上海快卜', published: '2022-06-10', format: 'markdown' });
  });

  it('takes the body of a saved HTML page without scripts, navigation or ads', () => {
    const html = `<html><head><title>小米入股上海快卜_新浪财经</title><meta property="article:published_time" content="2022-06-10T08:00:00+08:00"></head>
<body><nav>首页 财经 科技</nav><script>var a = "入股";</script><article><h1>小米入股上海快卜</h1>
<p>小米通过瀚星投资入股上海快卜&amp;宁德时代。</p><div class="ad-banner">广告：点击下载</div></article><footer>版权所有</footer></body></html>`;
    const { cleaned, header } = clean(html);
    expect(cleaned.text).toContain('小米通过瀚星投资入股上海快卜&宁德时代。');
    expect(cleaned.text).not.toMatch(/首页|var a|广告|版权/);
    expect(header).toMatchObject({ title: '小米入股上海快卜', published: '2022-06-10T08:00:00+08:00', format: 'html' });
  });
});
