import { describe, expect, it } from 'vitest';
import { notHandedIn, parseClassNames, parseRoster } from '@/lib/classroom/roster';

describe('class lists', () => {
  it('read one name a line or split by commas, each once', () => {
    expect(parseRoster('王小明\n李雷，韩梅梅、Ann\n\n  王小明 \nann')).toEqual([
      '王小明',
      '李雷',
      '韩梅梅',
      'Ann',
    ]);
  });

  it('name who has not handed in, matching names as a result code keeps them', () => {
    const roster = ['王小明', 'Ann', 'Bo 波 from class 3B', '李雷'];
    expect(notHandedIn(roster, ['ann', 'Bo 波 from cl', '王小明'])).toEqual(['李雷']);
    expect(notHandedIn(roster, [])).toEqual(roster);
  });

  it('read saved class names, setting aside what is not a list of names', () => {
    expect(parseClassNames('["初二(3)班", " 初二(3)班 ", "", 5, "B"]')).toEqual(['初二(3)班', 'B']);
    expect(parseClassNames('{oops')).toEqual([]);
    expect(parseClassNames('{"a":1}')).toEqual([]);
    expect(parseClassNames(null)).toEqual([]);
  });
});
