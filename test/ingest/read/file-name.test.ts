/** Upload names (one rule whatever carried them) and plan keys (readable, and never shared by two names). */
import { describe, expect, it } from 'vitest';
import { isPolicyKgError } from '../../../core/errors.ts';
import { checkUploadName, planKeyOf } from '../../../ingest/read/file-name.ts';
import { SEED_FILES } from '../../helpers/seeds.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    if (isPolicyKgError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
};

describe('checkUploadName', () => {
  it.each([
    ['../plan.txt', /BAD_FILE_NAME.*contains a path/],
    ['../../x.txt', /BAD_FILE_NAME.*contains a path/],
    ['..\\..\\plan.docx', /BAD_FILE_NAME.*contains a path/],
    ['uploads/plan.pdf', /BAD_FILE_NAME.*contains a path/],
    ['plan\u0000.txt', /BAD_FILE_NAME.*NUL byte/],
    ['plan\r\n.txt', /BAD_FILE_NAME.*control characters/],
    ['.hidden.txt', /BAD_FILE_NAME.*hidden/],
    ['plan.exe.txt', /BAD_FILE_NAME.*hides a "\.exe" extension/],
    ['', /BAD_FILE_NAME.*empty/],
    [`${'长'.repeat(252)}.txt`, /BAD_FILE_NAME.*longer than 255/],
    ['plan.html', /UNSUPPORTED_FORMAT.*"\.html"/],
    ['plan', /UNSUPPORTED_FORMAT.*\(none\)/],
  ])('refuses %j', (name, refusal) => {
    expect(codeOf(() => checkUploadName(name))).toMatch(refusal);
  });

  it.each(['plan.v2.docx', '盐城市 2026 工作要点.PDF', 'x!!.txt', 'plan.txt'])('accepts %j unchanged', (name) => {
    expect(checkUploadName(name)).toBe(name);
  });
});

describe('planKeyOf', () => {
  it('keeps a readable name as it is, so stored plans keep their ids', () => {
    for (const file of SEED_FILES) expect(planKeyOf(file)).toBe(file.replace(/\.txt$/, ''));
    expect(planKeyOf('盐城市_2026-工作要点.v2.docx')).toBe('盐城市_2026-工作要点.v2');
  });

  it.each([
    ['x.txt', 'x!!.txt'],
    ['x.txt', 'x .txt'],
    ['plan-a.txt', 'plan a.txt'],
    ['plan-a.txt', 'plan·a.txt'],
    ['a-b.txt', 'a—b.txt'],
    [`${'规'.repeat(120)}.txt`, `${'规'.repeat(121)}.txt`],
  ])('gives %j and %j different keys', (a, b) => {
    expect(planKeyOf(a)).not.toBe(planKeyOf(b));
  });

  it('marks a reduced name with a digest, which no readable key can imitate', () => {
    const reduced = planKeyOf('x!!.txt');
    expect(reduced).toMatch(/^x~[0-9a-f]{12}$/);
    expect(planKeyOf(`${reduced}.txt`)).not.toBe(reduced);
    expect(planKeyOf('x!!.pdf')).toBe(reduced);
  });
});
