import { describe, expect, it } from 'vitest';
import { readInfoFields } from '../../../ingest/structure/info-fields.ts';

const fieldsOf = (line: string) => readInfoFields(line)?.map((f) => `${f.kind}:${f.label}=${f.value}`) ?? null;

describe('information table and database fields', () => {
  it.each([
    ['several to a line, spaces gone', '文件编号澄政办发〔2023〕66号公开时限长期公开发布机构江阴市人民政府办公室', ['number:文件编号=澄政办发〔2023〕66号', 'other:公开时限=长期公开', 'issuer:发布机构=江阴市人民政府办公室']],
    ['one to a line with a colon', '发文机关：寿光市人民政府办公室', ['issuer:发文机关=寿光市人民政府办公室']],
    ['a database header', '【发文字号】鄂府发〔2022〕31号', ['number:发文字号=鄂府发〔2022〕31号']],
    ['dates of signing and of publication', '信息索引号01404053X/2024-00233生成日期2023-12-15公开日期2024-01-03', ['other:信息索引号=01404053X/2024-00233', 'issued:生成日期=2023-12-15', 'published:公开日期=2024-01-03']],
    ['the notice as a summary', '内容概述关于印发《江阴制造强市建设工作任务》的通知', ['title:内容概述=关于印发《江阴制造强市建设工作任务》的通知']],
  ])('reads %s', (_name, line, expected) => {
    expect(fieldsOf(line)).toEqual(expected);
  });

  it.each(['一、发展目标', '发布会将于下月举行。', '江阴市人民政府办公室'])('%s has no fields', (line) => {
    expect(readInfoFields(line)).toBeNull();
  });

  it('locates each value in its line', () => {
    const [field] = readInfoFields('发布机构：江阴市人民政府办公室') ?? [];
    expect(field).toMatchObject({ start: 5, end: 15 });
  });
});
