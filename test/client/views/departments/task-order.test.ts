import { describe, expect, it } from 'vitest';
import { compareTaskOrder, numeralValue, taskPath, taskPathLabel } from '../../../../client/src/views/departments/task-order.ts';

const task = (path: string, plan = 'plan:p') => ({ id: `task:${plan.slice(5)}:${path}`, plan, number: path.split('/').at(-1) as string });

describe('tasks in document order', () => {
  it.each([
    ['一、', 1],
    ['（三）', 3],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['12', 12],
    ['（7）', 7],
    ['专栏', null],
  ])('%s is %s', (text, value) => {
    expect(numeralValue(text)).toBe(value);
  });

  it('orders headings and numbers as numbers, not as text', () => {
    const printed = ['二、/（一）/1', '二、/（一）/2', '二、/（二）/5', '二、/（二）/12', '二、/（二）/13', '二、/（三）', '二、/（十）/2', '三、/（一）'];
    const shuffled = [printed[5], printed[3], printed[0], printed[7], printed[2], printed[6], printed[4], printed[1]] as string[];
    expect(shuffled.map((p) => task(p)).sort(compareTaskOrder).map((t) => taskPath(t).join('/'))).toEqual(printed);
  });

  it('labels a task by its whole path, so two tasks numbered alike read apart', () => {
    expect(taskPathLabel(task('二、/（一）/3'))).toBe('二（一）3');
    expect(taskPathLabel(task('三、/（一）'))).toBe('三（一）');
    expect(taskPath({ id: 'task:other:1', plan: 'plan:p', number: '1' })).toEqual(['1']);
  });
});
