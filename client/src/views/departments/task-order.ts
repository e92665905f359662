/**
 * Tasks in the order their plan prints them. A task's id carries its heading path (`二、/（一）/3`);
 * each step's numeral — Chinese (二, 十四) or Arabic — is compared as a number, so （二） comes before
 * （三） and 5 before 12, which sorting the ids as text gets wrong. Pure, unit-tested.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十四 → 14, 二十 → 20, 三 → 3, 17 → 17; null when the text has no numeral. */
export function numeralValue(text: string): number | null {
  const arabic = /\d+/.exec(text);
  if (arabic) return Number(arabic[0]);
  const chinese = /[零〇一二两三四五六七八九十百]+/.exec(text)?.[0];
  if (!chinese) return null;
  let total = 0;
  let current = 0;
  for (const char of chinese) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[char] ?? 0;
  }
  return total + current;
}

/** The heading path of a task in its plan (`['二、', '（一）', '3']`), from its id. */
export function taskPath(task: { id: string; plan: string; number: string }): string[] {
  const prefix = `task:${task.plan.replace(/^plan:/, '')}:`;
  return task.id.startsWith(prefix) ? task.id.slice(prefix.length).split('/') : [task.number];
}

/** How the path reads in a table: 二（一）3. */
export function taskPathLabel(task: { id: string; plan: string; number: string }): string {
  return taskPath(task)
    .map((step) => step.replace(/[、．.]$/, ''))
    .join('');
}

export function compareTaskOrder(a: { id: string; plan: string; number: string }, b: { id: string; plan: string; number: string }): number {
  const [pa, pb] = [taskPath(a), taskPath(b)];
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const [sa, sb] = [pa[i] as string, pb[i] as string];
    const [na, nb] = [numeralValue(sa), numeralValue(sb)];
    if (na !== null && nb !== null && na !== nb) return na - nb;
    if (sa !== sb) return sa.localeCompare(sb, 'zh-CN');
  }
  return pa.length - pb.length;
}
