import { describe, expect, it } from 'vitest';
import { isWebsiteDebris } from '../../../ingest/normalise/debris.ts';
import { normalise } from '../../../ingest/normalise/index.ts';
import { originalRange } from '../../../ingest/normalise/offset-map.ts';
import { sourceOf } from '../../helpers/stages.ts';

describe('website and database debris', () => {
  it.each([
    '当前位置：首页>政府信息公开>政策文件',
    '您现在的位置：首页>信息公开',
    '首页>政策法规>市政府文件',
    '字号：大中小',
    '【字体：大中小】',
    '打印本页关闭窗口',
    '【打印本页】【关闭窗口】',
    '【我要纠错】',
    '扫一扫在手机打开当前页',
    '文件下载',
    '政府信息公开',
    '首页',
    '政务公开',
    '浏览次数：1024',
    '【法宝引证码】CLI.12.6198734',
    '【原文链接】https://example.cn/lar/1.html',
  ])('drops %s', (line) => {
    expect(isWebsiteDebris(line)).toBe(true);
  });

  it.each([
    '（三）推进政府信息公开。',
    '关闭落后产能企业20家。',
    '打印机、复印机等办公设备纳入集中采购。',
    '发布机构：江阴市人民政府办公室',
    '首页面设计规范',
  ])('keeps %s', (line) => {
    expect(isWebsiteDebris(line)).toBe(false);
  });

  it('drops the lines from the text while offsets still lead back to the original (CRLF included)', () => {
    const original = '当前位置：首页 > 政策文件\r\n字号：大 中 小\r\n　　某某市行动方案\r\n打印本页 关闭窗口\r\n';
    const normalised = normalise(sourceOf(original));
    expect(normalised.text).toBe('某某市行动方案');
    const [start, end] = originalRange(normalised.map, 0, normalised.text.length);
    expect(original.slice(start, end)).toBe('某某市行动方案');
  });
});
