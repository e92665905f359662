import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchController } from '../../../client/src/ui/search-controller.ts';
import { seededApi, type SeededApi } from '../../helpers/client-api.ts';

describe('search box state against the real API', () => {
  let seeded: SeededApi;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());

  it('asks once typing pauses, and only the last text is answered', async () => {
    const search = new SearchController(seeded.api, { pauseMs: 20 });
    void search.type('工');
    await search.type('市工信局');
    expect(search.model).toMatchObject({ answered: '市工信局', open: true, active: -1 });
    // Every city's 工业和信息化局 goes by 市工信局, whether or not its own plan wrote it so, and all three come first.
    expect(search.model.hits.slice(0, 3).map((h) => h.name).sort()).toEqual(['泰州市工业和信息化局', '盐城市工业和信息化局', '连云港市工业和信息化局']);
    const bureaus = search.model.hits.filter((h) => h.name.endsWith('工业和信息化局'));
    expect(bureaus.map((h) => h.city).sort()).toEqual(['泰州市', '盐城市', '连云港市'].sort());
    expect(bureaus.every((h) => h.matched === '市工信局')).toBe(true);
  });

  it('moves the highlight within the suggestions and chooses one', async () => {
    const search = new SearchController(seeded.api, { pauseMs: 0, label: 'Industry' });
    await search.type('氢');
    expect(search.model.hits.every((h) => h.label === 'Industry')).toBe(true);
    search.move(1);
    search.move(1);
    search.move(-1);
    expect(search.model.active).toBe(0);
    const hit = search.choose();
    expect(hit?.name).toBe(search.model.text);
    expect(search.model.open).toBe(false);
    expect(search.choose()).toBeNull();
  });

  it('says when nothing matches, and clears with the text', async () => {
    const search = new SearchController(seeded.api, { pauseMs: 0 });
    await search.type('永动机');
    expect(search.model).toMatchObject({ hits: [], answered: '永动机', open: true });
    await search.type('  ');
    expect(search.model).toMatchObject({ hits: [], open: false });
  });
});
