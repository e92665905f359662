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
    ['市自然资源局', '连云港市', '连云港市自然资源和规划局'],
    ['市委组织部', '盐城市', '中共盐城市委组织部'],
    ['市法院', '盐城市', '盐城市中级人民法院'],
    ['人民银行盐城市分行', '盐城市', '中国人民银行盐城市分行'],
    ['人民银行连云港市中心支行', '连云港市', '中国人民银行连云港市分行'],
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

  it('records level, type and whether the body is collective', () => {
    const counties = resolveDepartment('各县（市、区）政府', 'attribution', lexicon().cityContext('盐城市'), lexicon());
    expect(counties).toMatchObject({ level: 'county', collective: true, city: '盐城市' });
    const tax = resolveDepartment('税务局', 'attribution', lexicon().cityContext('泰州市'), lexicon());
    expect(tax).toMatchObject({ type: 'central-branch', level: 'city' });
  });
});
