import { describe, expect, it } from 'vitest';
import { resolveDepartment } from '../../../ingest/resolve/departments.ts';
import { lexicon } from '../../helpers/seeds.ts';

const canonical = (surface: string, city: string, context: 'attribution' | 'text' = 'attribution') =>
  resolveDepartment(surface, context, lexicon().cityContext(city), lexicon())?.canonical ?? null;

describe('department resolution', () => {
  it.each([
    ['市工信局', '盐城市', '盐城市工业和信息化局'],
    ['市工信局', '连云港市', '连云港市工业和信息化局'],
    ['市发改委', '盐城市', '盐城市发展和改革委员会'],
    ['市发展改革委', '泰州市', '泰州市发展和改革委员会'],
    ['工业和信息化局', '泰州市', '泰州市工业和信息化局'],
    ['科技局', '泰州市', '泰州市科学技术局'],
    ['税务局', '泰州市', '国家税务总局泰州市税务局'],
    ['市税务局', '盐城市', '国家税务总局盐城市税务局'],
    ['市交通局', '盐城市', '盐城市交通运输局'],
    ['市自然资源局', '连云港市', '连云港市自然资源局'],
    ['市自然资源和规划局', '连云港市', '连云港市自然资源和规划局'],
    ['市委组织部', '盐城市', '中共盐城市委组织部'],
    ['市法院', '盐城市', '盐城市中级人民法院'],
    ['人民银行盐城市分行', '盐城市', '中国人民银行盐城市分行'],
    ['人民银行连云港市中心支行', '连云港市', '中国人民银行连云港市中心支行'],
    ['人民银行连云港市分行', '连云港市', '中国人民银行连云港市分行'],
    ['国家金融监督管理总局盐城监管分局', '盐城市', '国家金融监督管理总局盐城监管分局'],
    ['连云港海关', '连云港市', '中华人民共和国连云港海关'],
    ['市政府办金融条线', '盐城市', '盐城市人民政府办公室（金融条线）'],
    ['各县（市、区）政府', '盐城市', '盐城市各县（市、区）人民政府'],
    ['各县（市、区）人民政府', '盐城市', '盐城市各县（市、区）人民政府'],
    ['各市（区）人民政府', '泰州市', '泰州市各市（区）人民政府'],
    ['各县区', '连云港市', '连云港市各县区人民政府'],
    ['有关县区人民政府', '连云港市', '连云港市各县区人民政府'],
    ['泰州医药高新区管委会', '泰州市', '泰州医药高新技术产业开发区管理委员会'],
    ['盐南高新区管委会', '盐城市', '盐南高新技术产业开发区管理委员会'],
    ['四大创新合作中心', '盐城市', '盐城市四大创新合作中心'],
    ['市大数据集团', '盐城市', '盐城市大数据集团'],
    ['市产业强市工作领导小组办公室', '盐城市', '盐城市产业强市工作领导小组办公室'],
    ['市工信局', '无锡市', '无锡市工业和信息化局'],
  ])('%s in a %s plan is %s', (surface, city, expected) => {
    expect(canonical(surface, city)).toBe(expected);
  });

  it.each([
    ['省委', '中共江苏省委'],
    ['省政府', '江苏省人民政府'],
    ['省政府办公厅', '江苏省人民政府办公厅'],
    ['工信部', '中华人民共和国工业和信息化部'],
  ])('qualifies %s by the plan’s province or the nation', (surface, expected) => {
    expect(canonical(surface, '泰州市', 'text')).toBe(expected);
  });

  it('accepts an unprefixed body only inside a responsibility list', () => {
    expect(canonical('科技局', '泰州市', 'text')).toBeNull();
    expect(canonical('四大创新合作中心', '盐城市', 'text')).toBeNull();
  });

  // shared/formats §4: every kind of body, named as plans of any era name it.
  it.each([
    ['party organs', '市委宣传部', '中共佛山市委宣传部', 'party'],
    ['party organs', '市委统战部', '中共佛山市委统战部', 'party'],
    ['party organs', '市委政法委', '中共佛山市委政法委员会', 'party'],
    ['party organs', '市委网信办', '中共佛山市委网络安全和信息化委员会办公室', 'party'],
    ['party organs', '市委编办', '中共佛山市委机构编制委员会办公室', 'party'],
    ['party organs', '市纪委监委', '中共佛山市纪律检查委员会', 'party'],
    ['party organs (2023)', '市委社会工作部', '中共佛山市委社会工作部', 'party'],
    ['party organs (2023)', '市委金融办', '中共佛山市委金融委员会办公室', 'party'],
    ['the people’s congress', '市人大常委会', '佛山市人民代表大会常务委员会', 'people-congress'],
    ['the CPPCC', '市政协', '中国人民政治协商会议佛山市委员会', 'cppcc'],
    ['courts', '市中级人民法院', '佛山市中级人民法院', 'court'],
    ['procuratorates', '市人民检察院', '佛山市人民检察院', 'procuratorate'],
    ['mass organisations', '团市委', '共青团佛山市委员会', 'mass-organisation'],
    ['mass organisations', '市妇联', '佛山市妇女联合会', 'mass-organisation'],
    ['mass organisations', '市总工会', '佛山市总工会', 'mass-organisation'],
    ['mass organisations', '市科协', '佛山市科学技术协会', 'mass-organisation'],
    ['mass organisations', '市工商联', '佛山市工商业联合会', 'mass-organisation'],
    ['mass organisations', '市残联', '佛山市残疾人联合会', 'mass-organisation'],
    ['mass organisations', '市红十字会', '佛山市红十字会', 'mass-organisation'],
    ['vertical agencies', '市税务局', '国家税务总局佛山市税务局', 'central-branch'],
    ['vertical agencies', '人民银行佛山市中心支行', '中国人民银行佛山市中心支行', 'central-branch'],
    ['vertical agencies', '佛山海关', '中华人民共和国佛山海关', 'central-branch'],
    ['vertical agencies', '市气象局', '佛山市气象局', 'central-branch'],
    ['vertical agencies', '佛山金融监管分局', '国家金融监督管理总局佛山监管分局', 'central-branch'],
    ['vertical agencies', '国家统计局佛山调查队', '国家统计局佛山调查队', 'central-branch'],
    ['vertical agencies', '市邮政管理局', '佛山市邮政管理局', 'central-branch'],
    ['vertical agencies', '市烟草专卖局', '佛山市烟草专卖局', 'central-branch'],
    ['vertical agencies', '佛山供电局', '佛山供电局', 'state-owned-enterprise'],
    ['zone committees', '佛山高新区管委会', '佛山高新技术产业开发区管理委员会', 'government'],
    ['district governments', '南海区人民政府', '佛山市南海区人民政府', 'government'],
    ['district governments', '顺德区党委、政府', '佛山市顺德区人民政府', 'government'],
    ['county-level governments', '顺德县人民政府', '顺德县人民政府', 'government'],
    ['collectives', '各区、县级市人民政府', '佛山市各区、县级市人民政府', 'collective'],
    ['collectives', '各县（市）、区人民政府', '佛山市各县（市）区人民政府', 'collective'],
    ['collectives', '各县（市）区政府', '佛山市各县（市）区人民政府', 'collective'],
    ['collectives', '各县（市、区）党委、政府', '佛山市各县（市、区）人民政府', 'collective'],
    ['collectives', '各功能区管委会', '佛山市各功能区管理委员会', 'collective'],
    ['collectives', '各旗县区人民政府', '佛山市各旗县区人民政府', 'collective'],
    ['collectives', '各城区人民政府', '佛山市各城区人民政府', 'collective'],
    ['state-owned groups', '市城投集团', '佛山市城投集团', 'state-owned-enterprise'],
    ['leading groups', '市数字经济发展领导小组办公室', '佛山市数字经济发展领导小组办公室', 'leading-group'],
  ])('%s: %s in a 佛山 plan is %s (%s)', (_, surface, expected, type) => {
    expect(resolveDepartment(surface, 'attribution', lexicon().cityContext('佛山市'), lexicon())).toMatchObject({ canonical: expected, type });
  });

  // A county's or district's plan names its own bodies with 县/区 and its prefecture's with 市.
  it.each([
    ['惠东县', '县工业和信息化局', '惠东县工业和信息化局'],
    ['惠东县', '县人社局', '惠东县人力资源和社会保障局'],
    ['惠东县', '县发展和改革局', '惠东县发展和改革局'],
    ['惠东县', '市工信局', '惠州市工业和信息化局'],
    ['惠东县', '中共县委组织部', '中共惠东县委组织部'],
    ['南海区', '区科技局', '佛山市南海区科学技术局'],
    ['南海区', '市发改委', '佛山市发展和改革委员会'],
    ['江阴市', '市发改委', '江阴市发展和改革委员会'],
  ])('in a plan of %s, %s is %s', (division, surface, expected) => {
    expect(resolveDepartment(surface, 'attribution', lexicon().cityContext(division), lexicon())?.canonical).toBe(expected);
  });

  // A renamed body keeps its own name, and its kind lines it up with today's body (the successor).
  it.each([
    ['市经贸委', '佛山市经济贸易委员会', '工业和信息化', '佛山市工业和信息化局'],
    ['市经信委', '佛山市经济和信息化委员会', '工业和信息化', '佛山市工业和信息化局'],
    ['市农业局', '佛山市农业局', '农业农村', '佛山市农业农村局'],
    ['市卫生局', '佛山市卫生局', '卫生健康', '佛山市卫生健康委员会'],
    ['市卫计委', '佛山市卫生和计划生育委员会', '卫生健康', '佛山市卫生健康委员会'],
    ['市国土房管局', '佛山市国土资源和房屋管理局', '自然资源和规划', '佛山市自然资源和规划局'],
    ['市国土资源局', '佛山市国土资源局', '自然资源和规划', '佛山市自然资源和规划局'],
    ['市金融办', '佛山市人民政府金融工作办公室', '地方金融管理', '佛山市地方金融管理局'],
    ['市地方金融监管局', '佛山市地方金融监督管理局', '地方金融管理', '佛山市地方金融管理局'],
    ['市法制办', '佛山市人民政府法制办公室', '司法', '佛山市司法局'],
    ['市工商局', '佛山市工商行政管理局', '市场监督管理', '佛山市市场监督管理局'],
    ['市质监局', '佛山市质量技术监督局', '市场监督管理', '佛山市市场监督管理局'],
    ['市食药监局', '佛山市食品药品监督管理局', '市场监督管理', '佛山市市场监督管理局'],
    ['市大数据局', '佛山市大数据管理局', '数据', '佛山市数据局'],
    ['佛山银监分局', '中国银行业监督管理委员会佛山监管分局', '金融监管分局', '国家金融监督管理总局佛山监管分局'],
    ['市安监局', '佛山市安全生产监督管理局', '应急管理', '佛山市应急管理局'],
  ])('%s is %s, of kind %s, succeeded by %s', (surface, canonical, kind, successor) => {
    expect(resolveDepartment(surface, 'attribution', lexicon().cityContext('佛山市'), lexicon())).toMatchObject({ canonical, kind, successor });
  });

  it('gives today’s names no successor', () => {
    expect(resolveDepartment('市工业和信息化局', 'attribution', lexicon().cityContext('佛山市'), lexicon())).toMatchObject({ until: null, successor: null });
  });

  it.each([['各有关单位'], ['市各有关部门'], ['相关部门'], ['各项目牵头单位'], ['有关单位'], ['各项目'], ['市政府各部门'], ['市直有关部门'], ['各地各部门'], ['各通信运营企业']])('%s names no body', (surface) => {
    expect(resolveDepartment(surface, 'attribution', lexicon().cityContext('佛山市'), lexicon())).toBeNull();
  });

  it.each([
    ['科技局', '市', '佛山市科学技术局'],
    ['宣传部', '市委', '中共佛山市委宣传部'],
    ['街道办事处', '各', '佛山市各街道办事处'],
    ['盐南高新区管委会', '各', '佛山市盐南高新技术产业开发区管理委员会'],
  ])('reads %s after a list item with %s as that prefix’s body', (surface, prefix, expected) => {
    expect(resolveDepartment(surface, 'attribution', lexicon().cityContext('佛山市'), lexicon(), prefix)?.canonical).toBe(expected);
  });

  it('keeps a body unqualified when the plan’s city is unknown', () => {
    expect(resolveDepartment('市工信局', 'attribution', null, lexicon())).toMatchObject({ canonical: '市工业和信息化局', kind: '工业和信息化', city: null, unqualified: true });
    expect(resolveDepartment('市委组织部', 'text', null, lexicon())).toMatchObject({ canonical: '中共市委组织部', unqualified: true });
    expect(resolveDepartment('各县（市、区）人民政府', 'attribution', null, lexicon())).toMatchObject({ canonical: '各县（市、区）人民政府', collective: true, unqualified: true });
    expect(resolveDepartment('工信部', 'text', null, lexicon())).toMatchObject({ canonical: '中华人民共和国工业和信息化部', unqualified: false });
  });

  it('qualifies a county-level city’s bodies with that city', () => {
    expect(canonical('市发改委', '江阴市')).toBe('江阴市发展和改革委员会');
    expect(canonical('市委组织部', '江阴市')).toBe('中共江阴市委组织部');
  });

  it('records level, type and whether the body is collective', () => {
    const counties = resolveDepartment('各县（市、区）政府', 'attribution', lexicon().cityContext('盐城市'), lexicon());
    expect(counties).toMatchObject({ level: 'county', collective: true, city: '盐城市' });
    const tax = resolveDepartment('税务局', 'attribution', lexicon().cityContext('泰州市'), lexicon());
    expect(tax).toMatchObject({ type: 'central-branch', level: 'city' });
  });
});
