import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  columnLetter,
  goodRows,
  idTypeFromText,
  MAX_ROSTER_ROWS,
  normalizeUnitCode,
  parseRoster,
  RosterFileError,
  type Cell,
  type RosterContext,
  type SheetRow,
} from './roster-rules.ts';

const HEAD: Cell[] = ['房号', '业主姓名', '证件类型', '证件号码', '联系电话', '购房合同号'];
const ctx: RosterContext = {
  units: new Map([
    ['3-0101', 'u1'],
    ['3-0102', 'u2'],
    ['3-0103', 'u3'],
    ['2-0101', 'u9'],
  ]),
  rostered: new Set(['u9']),
  idOwners: new Map([['passport:G99887766', '赵六']]),
};
const ID_A = '11010519491231002X';
const ID_B = '110101199003074477';
const sheet = (...rows: Cell[][]): SheetRow[] => [HEAD, ...rows].map((cells, i) => ({ row: i + 1, cells }));
const problemsOf = (rows: Cell[][]) =>
  parseRoster(sheet(...rows), ctx).rows.map((r) => r.problems.map((p) => `${p.field}:${p.key}`));
const refused = (s: SheetRow[]) => {
  try {
    parseRoster(s, ctx);
  } catch (e) {
    assert.ok(e instanceof RosterFileError);
    return { key: e.key, params: e.params };
  }
  return assert.fail('the file was accepted');
};

test('CUS-2: a clean roster gives one entry per row with its unit, document type and values', () => {
  const parsed = parseRoster(
    sheet(
      ['3-0101', '张三', '身份证', ID_A, '138 0013 8000', 'HT-001'],
      ['3-0102', '北京翠湖科技有限公司', '营业执照', '91110000600037341L', '010-6501 0001', null],
    ),
    ctx,
  );
  assert.deepEqual(parsed.columns, {
    unitCode: 'A',
    ownerName: 'B',
    idType: 'C',
    idNumber: 'D',
    phone: 'E',
    contractNo: 'F',
  });
  assert.deepEqual(
    parsed.rows.map((r) => [r.row, r.unitId, r.idType, r.problems.length]),
    [
      [2, 'u1', 'id_card', 0],
      [3, 'u2', 'business_licence', 0],
    ],
  );
  assert.deepEqual(parsed.rows[0]!.values, {
    unitCode: '3-0101',
    ownerName: '张三',
    idType: '身份证',
    idNumber: ID_A,
    phone: '138 0013 8000',
    contractNo: 'HT-001',
  });
  assert.equal(parsed.rows[1]!.values.contractNo, '');
});

test('CUS-2: headings may come in any order, with other names, a star for required and extra columns', () => {
  const parsed = parseRoster(
    [
      { row: 1, cells: ['序号', '手机', '*身份证号', '业主', '证件类型', '房屋编号'] },
      { row: 2, cells: [1, 13800138000, ID_A, '张三', '居民身份证', '3-0101'] },
    ],
    ctx,
  );
  assert.deepEqual(parsed.columns, { phone: 'B', idNumber: 'C', ownerName: 'D', idType: 'E', unitCode: 'F' });
  assert.deepEqual(parsed.rows[0]!.problems, []);
  assert.equal(parsed.rows[0]!.values.phone, '13800138000', 'a phone Excel keeps as a number is read whole');
});

test('CUS-2: a file without the required headings, without rows or with too many rows is refused whole', () => {
  assert.deepEqual(
    refused([
      { row: 1, cells: ['房号', '业主姓名', '联系电话'] },
      { row: 2, cells: ['3-0101', '张三', '13800138000'] },
    ]),
    { key: 'roster.missing_columns', params: { columns: '证件类型、证件号码' } },
  );
  assert.deepEqual(refused([]), { key: 'roster.empty', params: {} });
  assert.deepEqual(refused(sheet([null, '', '  '])), { key: 'roster.empty', params: {} });
  const many = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (): Cell[] => [
    '3-0101',
    '张三',
    '身份证',
    ID_A,
    '13800138000',
  ]);
  assert.deepEqual(refused(sheet(...many)), {
    key: 'roster.too_many_rows',
    params: { max: MAX_ROSTER_ROWS },
  });
});

test('CUS-2: blank rows are left out and the others keep the row numbers Excel shows', () => {
  const parsed = parseRoster(
    [
      { row: 1, cells: [] },
      { row: 2, cells: HEAD },
      { row: 3, cells: [null, ''] },
      { row: 4, cells: ['3-0101', '张三', '身份证', ID_A, '13800138000'] },
    ],
    ctx,
  );
  assert.deepEqual(
    parsed.rows.map((r) => r.row),
    [4],
  );
});

test('CUS-2: every required cell left empty is named by its column', () => {
  assert.deepEqual(problemsOf([['3-0101', '', null, '', ' ']]), [
    [
      'ownerName:roster.required',
      'idType:roster.required',
      'idNumber:roster.required',
      'phone:roster.required',
    ],
  ]);
  assert.deepEqual(problemsOf([[null, '张三', '身份证', ID_A, '13800138000']]), [
    ['unitCode:roster.required'],
  ]);
});

test('CUS-2: a malformed ID number is a problem on the 证件号码 cell, for its document type', () => {
  assert.deepEqual(problemsOf([['3-0101', '张三', '身份证', '110105194912310021', '13800138000']]), [
    ['idNumber:roster.id_number_invalid'],
  ]);
  assert.deepEqual(problemsOf([['3-0101', '张三', '护照', 'E1', '13800138000']]), [
    ['idNumber:roster.id_number_invalid'],
  ]);
  assert.deepEqual(
    problemsOf([['3-0101', '张三', '身份证', ID_A.toLowerCase(), '13800138000']]),
    [[]],
    'a lower-case x is read as X',
  );
  assert.equal(
    parseRoster(sheet(['3-0101', '张三', '身份证', ID_A.toLowerCase(), '13800138000']), ctx).rows[0]!.values
      .idNumber,
    ID_A,
  );
});

test('CUS-2: an 18-digit ID number Excel turned into a number has lost digits and is refused as such', () => {
  assert.deepEqual(problemsOf([['3-0101', '张三', '身份证', 110101199003074477, '13800138000']]), [
    ['idNumber:roster.id_number_as_number'],
  ]);
  assert.deepEqual(
    problemsOf([['3-0101', '张三', '台胞证', 12345678, '13800138000']]),
    [[]],
    'a short number survives as a number',
  );
});

test('CUS-2: an unknown document type is named with what was written; the number is then not judged', () => {
  const parsed = parseRoster(sheet(['3-0101', '张三', '驾照', ID_A, '13800138000']), ctx);
  assert.deepEqual(parsed.rows[0]!.problems, [
    { field: 'idType', key: 'roster.id_type_unknown', params: { value: '驾照' } },
  ]);
});

test('CUS-2: document types as developers write them', () => {
  assert.equal(idTypeFromText('居民身份证'), 'id_card');
  assert.equal(idTypeFromText(' ID Card '), 'id_card');
  assert.equal(idTypeFromText('护照'), 'passport');
  assert.equal(idTypeFromText('港澳居民来往内地通行证'), 'hk_macau');
  assert.equal(idTypeFromText('台湾居民来往大陆通行证'), 'taiwan');
  assert.equal(idTypeFromText('统一社会信用代码'), 'business_licence');
  assert.equal(idTypeFromText('其它'), 'other');
  assert.equal(idTypeFromText('军官证'), null);
});

test('CUS-2: a phone that is neither a mobile nor a landline with area code is refused', () => {
  assert.deepEqual(problemsOf([['3-0101', '张三', '身份证', ID_A, '6501 0001']]), [
    ['phone:roster.phone_invalid'],
  ]);
  assert.deepEqual(problemsOf([['3-0101', '张三', '身份证', ID_A, '12800138000']]), [
    ['phone:roster.phone_invalid'],
  ]);
  assert.deepEqual(problemsOf([['3-0101', '张三', '身份证', ID_A, '+86 138-0013-8000']]), [[]]);
});

test('CUS-2: a unit the project does not have is refused with its code', () => {
  const parsed = parseRoster(sheet(['9-9999', '张三', '身份证', ID_A, '13800138000']), ctx);
  assert.deepEqual(parsed.rows[0]!.problems, [
    { field: 'unitCode', key: 'roster.unit_unknown', params: { code: '9-9999' } },
  ]);
  assert.equal(parsed.rows[0]!.unitId, null);
});

test('CUS-2: unit codes are matched whatever their width and spacing', () => {
  assert.equal(normalizeUnitCode(' 3－０１０１ '), '3-0101');
  assert.equal(normalizeUnitCode('3_0101'), '3-0101');
  assert.equal(normalizeUnitCode('a-0101'), 'A-0101');
  assert.deepEqual(problemsOf([['３－０１０１', '张三', '身份证', ID_A, '13800138000']]), [[]]);
});

test('CUS-2: a unit already in the imported roster is refused (duplicate against rows already imported)', () => {
  const parsed = parseRoster(sheet(['2-0101', '张三', '身份证', ID_A, '13800138000']), ctx);
  assert.deepEqual(parsed.rows[0]!.problems, [
    { field: 'unitCode', key: 'roster.unit_already_imported', params: { code: '2-0101' } },
  ]);
});

test('CUS-2: a unit twice in the file marks every row of it, naming the rows', () => {
  const parsed = parseRoster(
    sheet(
      ['3-0101', '张三', '身份证', ID_A, '13800138000'],
      ['3-0102', '李四', '身份证', ID_B, '13900139000'],
      ['3-0101', '王五', '护照', 'E12345678', '13700137000'],
    ),
    ctx,
  );
  assert.deepEqual(
    parsed.rows.map((r) => r.problems),
    [
      [{ field: 'unitCode', key: 'roster.unit_repeated', params: { code: '3-0101', rows: '2、4' } }],
      [],
      [{ field: 'unitCode', key: 'roster.unit_repeated', params: { code: '3-0101', rows: '2、4' } }],
    ],
  );
  assert.deepEqual(
    goodRows(parsed.rows).map((r) => r.row),
    [3],
  );
});

test('CUS-1/CUS-2: one buyer may own several units, but one ID number cannot carry two names', () => {
  const same = parseRoster(
    sheet(
      ['3-0101', '张三', '身份证', ID_A, '13800138000'],
      ['3-0102', '张三', '身份证', ID_A, '13800138000'],
    ),
    ctx,
  );
  assert.deepEqual(
    same.rows.map((r) => r.problems.length),
    [0, 0],
  );
  const differ = parseRoster(
    sheet(
      ['3-0101', '张三', '身份证', ID_A, '13800138000'],
      ['3-0102', '张山', '身份证', ID_A.toLowerCase(), '13800138000'],
    ),
    ctx,
  );
  assert.deepEqual(
    differ.rows.map((r) => r.problems),
    [
      [{ field: 'ownerName', key: 'roster.id_number_names_differ', params: { rows: '2、3' } }],
      [{ field: 'ownerName', key: 'roster.id_number_names_differ', params: { rows: '2、3' } }],
    ],
  );
});

test('CUS-1/CUS-2: a document already on an archive under another name is refused; under the same name it is that owner', () => {
  assert.deepEqual(problemsOf([['3-0101', '赵云', '护照', 'g99887766', '13800138000']]), [
    ['idNumber:roster.id_number_taken'],
  ]);
  assert.deepEqual(problemsOf([['3-0101', '赵六', '护照', 'G99887766', '13800138000']]), [[]]);
  assert.deepEqual(
    problemsOf([['3-0101', '赵云', '身份证', ID_A, '13800138000']]),
    [[]],
    'another document type is another document',
  );
});

test('CUS-2: over-long cells are refused with the limit', () => {
  const parsed = parseRoster(
    sheet(['3-0101', '张'.repeat(101), '身份证', ID_A, '13800138000', 'H'.repeat(51)]),
    ctx,
  );
  assert.deepEqual(parsed.rows[0]!.problems, [
    { field: 'ownerName', key: 'roster.too_long', params: { max: 100 } },
    { field: 'contractNo', key: 'roster.too_long', params: { max: 50 } },
  ]);
});

test('a row reports all its problems at once', () => {
  assert.deepEqual(problemsOf([['9-9999', '张三', '身份证', '123', '123']]), [
    ['unitCode:roster.unit_unknown', 'idNumber:roster.id_number_invalid', 'phone:roster.phone_invalid'],
  ]);
});

test('column letters go past Z as Excel counts them', () => {
  assert.deepEqual([0, 5, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), [
    'A',
    'F',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});
