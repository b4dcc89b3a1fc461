/**
 * The owner roster import over HTTP on both databases (CUS-1, CUS-2, CUS-3): upload → preview
 * with every problem named by row and column → commit all-or-nothing, or skipping the bad
 * rows on purpose. Uses ESTATE building 3 (codes 3-101 … 3-1104) and, for the 2 000-row
 * file, a building of 2 000 units made for the test.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../../tests/support/factory/index.ts';
import { SYSTEM_ACTOR } from '../../../platform/access/actor.ts';
import { createBuilding } from '../../properties/index.ts';
import { commitRoster, COMMIT_CHUNK } from './commit-roster.ts';
import { customersDb } from '../tables.ts';
import { MAX_ROSTER_BYTES, readSheet, XLSX_TYPE } from './read-xlsx.ts';
import { residentId, ROSTER_HEADER, rosterXlsx } from './roster-file.ts';
import { MAX_ROSTER_ROWS, type Cell } from './roster-rules.ts';
import { bombXlsx, manyRowsXlsx } from '../../../../../tests/support/xlsx-zip.ts';
import { watchProcess } from '../../../../../tests/support/watch-process.ts';

const ID = (seq: number) => residentId('110105', '19800101', seq);

/** Made once for both databases: the hostile files take seconds to build on a busy machine. */
let hostile: { manyRows: Uint8Array; bomb: Uint8Array; hiddenBomb: Uint8Array } | null = null;
const hostileFiles = () =>
  (hostile ??= {
    manyRows: manyRowsXlsx(5 * MAX_ROSTER_ROWS, ROSTER_HEADER), // ≈ 2.7 MB, its sheet ≈ 27 MB
    bomb: bombXlsx(600, ROSTER_HEADER, { lying: false }), // ≈ 0.6 MB, its sheet 600 MB
    hiddenBomb: bombXlsx(600, ROSTER_HEADER, { lying: true }), // the same, declaring 4 KB in the zip directory
  });
/** Generous bounds for a shared two-core machine; the old reader took 14 s and 743 MB for 300 000 rows, 1.55 GB for a bomb. */
const MAX_RSS_GROWTH_MB = 200;
const MAX_LOOP_DELAY_MS = 1500;
const BAD_ID = '110105198001010010'; // the check digit of …001 is not 0

createTestApp('customers — owner roster import', (ctx) => {
  let archivist: Client;
  let P = '';
  let url = '';
  const db = () => customersDb(ctx().deps.db.k);
  const count = async (
    table: 'roster_entries' | 'customers' | 'customer_units' | 'customer_phones' | 'roster_imports',
  ) =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('project_id', '=', P)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    entries: await count('roster_entries'),
    customers: await count('customers'),
    units: await count('customer_units'),
    phones: await count('customer_phones'),
  });
  const upload = (c: Client, bytes: Uint8Array, name = '业主清册.xlsx') =>
    c.request('POST', `${url}/imports?fileName=${encodeURIComponent(name)}`, bytes, {
      'content-type': XLSX_TYPE,
    });
  const previewOf = async (rows: Cell[][]) => {
    const res = await upload(archivist, await rosterXlsx(rows));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as {
      importId: string;
      totalRows: number;
      badRows: number;
      goodRows: number;
      status: string;
    };
  };

  before(async () => {
    P = ctx().projects.ESTATE;
    url = `/api/projects/${P}/archives/roster`;
    const admin = await ctx().login('admin');
    const user = (await admin.get('/api/staff')).body.find(
      (s: { username: string }) => s.username === 'archivist',
    );
    const granted = await admin.put(`/api/projects/${P}/members/${user.userId}/roles`, {
      roles: [{ role: 'archivist', department: 'cs' }],
    });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));
    archivist = await ctx().login('archivist');
    archivist.lang = 'zh-CN';
    await createBuilding(ctx().deps, SYSTEM_ACTOR, P, {
      code: 'T',
      name: 'T栋（测试）',
      kind: 'residential',
      floorsAbove: 50,
      floorsBelow: 0,
      ownerParty: '翠湖置业',
      managingParty: '本公司',
      numberingPattern: '{B}-{FF}{UU}',
      initialStatus: 'not_received',
      segments: [
        {
          fromFloor: 1,
          toFloor: 50,
          unitsPerFloor: 40,
          use: 'residential',
          buildingAreaM2: 88,
          innerAreaM2: 70,
        },
      ],
    });
  });

  test('CUS-2: the template has the headings the import reads, and an empty template is refused as holding no owners', async () => {
    const res = await archivist.request('GET', `${url}/template.xlsx`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), XLSX_TYPE);
    const bytes = new Uint8Array(
      await (
        await ctx().app.request(`${url}/template.xlsx`, { headers: { cookie: archivist.cookie } })
      ).arrayBuffer(),
    );
    assert.deepEqual((await readSheet(bytes))[0]!.cells, [
      '房号',
      '业主姓名',
      '证件类型',
      '证件号码',
      '联系电话',
      '购房合同号',
    ]);
    const empty = await upload(archivist, bytes);
    assert.equal(empty.status, 422);
    assert.equal(empty.body.error.message, '表格中没有业主数据');
  });

  test('CUS-2: who may import — the cashier may not; staff of another project do not see this one', async () => {
    const file = await rosterXlsx([['3-101', '张三', '身份证', ID(1), '13800138001']]);
    const cashier = await ctx().login('cashier');
    assert.equal(
      (await upload(await ctx().login('estate.pm'), file)).status,
      201,
      'the project manager holds archive.manage',
    );
    const before = await count('roster_imports');
    assert.equal((await upload(cashier, file)).status, 404, 'the campus cashier is not in ESTATE');
    const campus = ctx().projects.CAMPUS;
    assert.equal(
      (
        await cashier.request('POST', `/api/projects/${campus}/archives/roster/imports`, file, {
          'content-type': XLSX_TYPE,
        })
      ).status,
      403,
    );
    assert.equal(await count('roster_imports'), before);
  });

  test('CUS-2: a file that is not an .xlsx, is too large or lacks required columns is refused whole with a clear message', async () => {
    const before = await count('roster_imports');
    const text = await upload(archivist, new TextEncoder().encode('房号,业主姓名\n3-101,张三'));
    assert.deepEqual(
      [text.status, text.body.error.message, text.body.error.fields[0].path],
      [422, '请上传 Excel 的 .xlsx 文件', 'body'],
    );
    const xls = await upload(
      archivist,
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    assert.equal(xls.body.error.message, '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再上传');
    const zipButNot = await upload(archivist, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    assert.equal(zipButNot.status, 422);
    const huge = await upload(archivist, new Uint8Array(MAX_ROSTER_BYTES + 1));
    assert.deepEqual([huge.status, huge.body.error.message], [413, '提交的内容过大']);
    const missing = await upload(
      archivist,
      await rosterXlsx([['3-101', '张三', '13800138001']], ['房号', '业主姓名', '联系电话']),
    );
    assert.equal(missing.body.error.message, '表格缺少必需的列：证件类型、证件号码（请使用业主清册模板）');
    assert.equal(await count('roster_imports'), before);
  });

  test('CUS-2: a roster of more rows than one import takes is refused while it is read, in a worker thread — other users are answered meanwhile — and nothing is written', async (t) => {
    const file = hostileFiles().manyRows;
    const before = await count('roster_imports');
    const w = await watchProcess(async () => {
      const started = performance.now();
      const uploading = upload(archivist, file).then((res) => ({ res, ms: performance.now() - started }));
      await new Promise((r) => setTimeout(r, 20));
      // Another user's request while the file is being read.
      const other = await archivist
        .get(`${url}/imports`)
        .then((res) => ({ res, ms: performance.now() - started }));
      return { upload: await uploading, other };
    });
    const { upload: up, other } = w.result;
    t.diagnostic(
      `${ctx().db}: ${5 * MAX_ROSTER_ROWS}-row file refused in ${Math.round(up.ms)} ms, another request answered in ${Math.round(other.ms)} ms; event loop at worst ${w.maxLoopDelayMs} ms late, memory +${w.rssGrowthMb} MB`,
    );
    assert.deepEqual(
      [up.res.status, up.res.body.error.message, up.res.body.error.fields[0].path],
      [422, `一次最多导入 ${MAX_ROSTER_ROWS} 行，请分批导入`, 'body'],
    );
    assert.equal(other.res.status, 200);
    assert.ok(
      other.ms < up.ms,
      `the other request (${Math.round(other.ms)} ms) was answered before the upload (${Math.round(up.ms)} ms) finished`,
    );
    assert.ok(w.workersStarted >= 1, 'the file was read in a worker thread');
    assert.ok(w.maxLoopDelayMs < MAX_LOOP_DELAY_MS, `the event loop stalled ${w.maxLoopDelayMs} ms`);
    assert.ok(w.rssGrowthMb < MAX_RSS_GROWTH_MB, `memory grew ${w.rssGrowthMb} MB`);
    archivist.lang = 'en';
    const en = await upload(archivist, file).finally(() => (archivist.lang = 'zh-CN'));
    assert.deepEqual(
      [en.status, en.body.error.message],
      [422, `At most ${MAX_ROSTER_ROWS} rows can be imported at once; split the file`],
    );
    assert.equal(await count('roster_imports'), before);
  });

  test("CUS-2: a zip bomb is refused by its unpacked size, whether its zip directory admits it or hides it, without the server's memory growing; nothing is written", async (t) => {
    const before = await count('roster_imports');
    const bomb = await watchProcess(() => upload(archivist, hostileFiles().bomb));
    assert.deepEqual(
      [bomb.result.status, bomb.result.body.error.message],
      [422, '表格解压后超过 64 MB，无法读取：请只保留业主清册这一张表（删除其他工作表、图片）后重新上传'],
    );
    assert.ok(bomb.rssGrowthMb < MAX_RSS_GROWTH_MB, `memory grew ${bomb.rssGrowthMb} MB`);
    archivist.lang = 'en';
    const hidden = await watchProcess(() => upload(archivist, hostileFiles().hiddenBomb)).finally(
      () => (archivist.lang = 'zh-CN'),
    );
    assert.deepEqual(
      [hidden.result.status, hidden.result.body.error.message],
      [
        422,
        'The spreadsheet unpacks to more than 64 MB and cannot be read: keep only the owner roster sheet (remove other sheets and pictures) and upload again',
      ],
    );
    assert.ok(hidden.rssGrowthMb < MAX_RSS_GROWTH_MB, `memory grew ${hidden.rssGrowthMb} MB`);
    assert.ok(
      hidden.maxLoopDelayMs < MAX_LOOP_DELAY_MS,
      `the event loop stalled ${hidden.maxLoopDelayMs} ms`,
    );
    t.diagnostic(
      `${ctx().db}: 600 MB bombs refused with memory +${bomb.rssGrowthMb} MB (declared) and +${hidden.rssGrowthMb} MB (hidden)`,
    );
    assert.equal(await count('roster_imports'), before);
  });

  test('CUS-2: malformed ID numbers and duplicate units (within the file and against the roster) are named by row and column; nothing is imported while they remain', async () => {
    // 3-102 goes into the roster first, so the next file repeats an imported unit.
    const first = await previewOf([['3-102', '李四', '身份证', ID(2), '13800138002', 'HT-3-102']]);
    assert.equal(
      (await archivist.post(`${url}/imports/${first.importId}/commit`, { skipBadRows: false })).status,
      200,
    );
    const before = await counts();
    const p = await previewOf([
      ['3-103', '王五', '身份证', BAD_ID, '13800138003', 'HT-3-103'], // row 2: check digit
      ['3-104', '赵六', '身份证', ID(4), '13800138004', 'HT-3-104'], // row 3: fine
      ['3-201', '孙七', '身份证', ID(5), '13800138005', ''], // rows 4 and 5: the same unit twice
      ['3-201', '周八', '身份证', ID(6), '13800138006', ''],
      ['3-102', '吴九', '身份证', ID(7), '13800138007', ''], // row 6: already in the roster
    ]);
    assert.deepEqual([p.totalRows, p.badRows, p.goodRows, p.status], [5, 4, 1, 'previewed']);
    const rows = (await archivist.get(`${url}/imports/${p.importId}/rows?onlyProblems=true`)).body;
    assert.equal(rows.total, 4);
    const named = rows.rows
      .map((r: { row: number; problems: { column: string; heading: string; message: string }[] }) =>
        r.problems.map((x) => `第${r.row}行 ${x.column}列（${x.heading}）：${x.message}`),
      )
      .flat();
    assert.deepEqual(named, [
      '第2行 D列（证件号码）：证件号码与证件类型不符（身份证须 18 位且校验位正确）',
      '第4行 A列（房号）：房号 3-201 在第 4、5 行重复出现',
      '第5行 A列（房号）：房号 3-201 在第 4、5 行重复出现',
      '第6行 A列（房号）：房号 3-102 已在业主清册中，不能重复导入',
    ]);
    const refused = await archivist.post(`${url}/imports/${p.importId}/commit`, { skipBadRows: false });
    assert.deepEqual(
      [refused.status, refused.body.error.message, refused.body.error.fields[0].path],
      [422, '还有 4 行有问题：请修改文件后重新上传，或选择跳过问题行', 'skipBadRows'],
    );
    assert.deepEqual(await counts(), before, 'nothing half-imported');
    assert.equal((await archivist.get(`${url}/imports/${p.importId}`)).body.status, 'previewed');
  });

  test('CUS-2: skipping the bad rows on purpose imports the good ones only; the skipped are counted', async () => {
    const p = await previewOf([
      ['3-103', '王五', '身份证', BAD_ID, '13800138003', ''],
      ['3-104', '赵六', '身份证', ID(4), '138-0013-8004', 'HT-3-104'],
    ]);
    const before = await counts();
    const res = await archivist.post(`${url}/imports/${p.importId}/commit`, { skipBadRows: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.status, res.body.importedRows, res.body.skippedRows], ['committed', 1, 1]);
    const after = await counts();
    assert.deepEqual(after, {
      entries: before.entries + 1,
      customers: before.customers + 1,
      units: before.units + 1,
      phones: before.phones + 1,
    });
    const entry = await db()
      .selectFrom('roster_entries as r')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
      )
      .selectAll('r')
      .where('r.project_id', '=', P)
      .where('u.code', '=', '3-104')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [entry.owner_name, entry.id_type, entry.id_number, entry.phone, entry.contract_no, entry.import_id],
      ['赵六', 'id_card', ID(4), '138-0013-8004', 'HT-3-104', p.importId],
    );
    const owner = await db()
      .selectFrom('customers')
      .selectAll()
      .where('project_id', '=', P)
      .where('customer_id', '=', entry.customer_id!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [owner.kind, owner.name, owner.id_number, owner.birthday, owner.archive_class, owner.archive_state],
      ['person', '赵六', ID(4), '1980-01-01', 'owner', 'active'],
    );
    const phone = await db()
      .selectFrom('customer_phones')
      .select(['phone_norm'])
      .where('project_id', '=', P)
      .where('customer_id', '=', owner.customer_id)
      .execute();
    assert.deepEqual(
      phone.map((x) => x.phone_norm),
      ['13800138004'],
    );
    assert.equal(
      (
        await db()
          .selectFrom('customer_units')
          .select('relation')
          .where('project_id', '=', P)
          .where('customer_id', '=', owner.customer_id)
          .executeTakeFirstOrThrow()
      ).relation,
      'owner',
    );
    const again = await archivist.post(`${url}/imports/${p.importId}/commit`, { skipBadRows: true });
    assert.deepEqual([again.status, again.body.error.message], [409, '该清册已经导入，不能再次导入']);
  });

  test('CUS-1: one buyer of two units gets one archive holding both; a company buyer gets a company archive', async () => {
    const p = await previewOf([
      ['3-301', '郑十', '身份证', ID(10), '13800138010', ''],
      ['3-302', '郑十', '身份证', ID(10), '13900139010', ''],
      ['3-303', '翠湖餐饮管理有限公司', '营业执照', '91110000600037341L', '010-6501 0003', ''],
    ]);
    assert.equal(
      (await archivist.post(`${url}/imports/${p.importId}/commit`, { skipBadRows: false })).status,
      200,
    );
    const buyers = await db()
      .selectFrom('roster_entries')
      .select(['customer_id'])
      .where('project_id', '=', P)
      .where('import_id', '=', p.importId)
      .execute();
    assert.equal(buyers[0]!.customer_id, buyers[1]!.customer_id);
    const units = await db()
      .selectFrom('customer_units')
      .select('unit_id')
      .where('project_id', '=', P)
      .where('customer_id', '=', buyers[0]!.customer_id!)
      .execute();
    assert.equal(units.length, 2);
    const phones = await db()
      .selectFrom('customer_phones')
      .select('phone_norm')
      .where('project_id', '=', P)
      .where('customer_id', '=', buyers[0]!.customer_id!)
      .orderBy('phone_norm')
      .execute();
    assert.deepEqual(
      phones.map((x) => x.phone_norm),
      ['13800138010', '13900139010'],
      'both numbers kept',
    );
    const company = await db()
      .selectFrom('customers')
      .select(['kind', 'company', 'id_type', 'birthday'])
      .where('project_id', '=', P)
      .where('customer_id', '=', buyers[2]!.customer_id!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(company, {
      kind: 'company',
      company: '翠湖餐饮管理有限公司',
      id_type: 'business_licence',
      birthday: null,
    });
    // A later roster naming the same buyer for another unit adds the unit to the same archive.
    const later = await previewOf([['3-304', '郑十', '身份证', ID(10), '13800138010', '']]);
    assert.equal(
      (await archivist.post(`${url}/imports/${later.importId}/commit`, { skipBadRows: false })).status,
      200,
    );
    const third = await db()
      .selectFrom('roster_entries')
      .select('customer_id')
      .where('project_id', '=', P)
      .where('import_id', '=', later.importId)
      .executeTakeFirstOrThrow();
    assert.equal(third.customer_id, buyers[0]!.customer_id);
  });

  test('CUS-3: the preview masks ID numbers and phones, except the very cell that has to be fixed', async () => {
    const p = await previewOf([
      ['3-401', '钱一', '身份证', ID(20), '13800138020', ''],
      ['3-402', '钱二', '身份证', BAD_ID, '138001', ''],
    ]);
    const rows = (await archivist.get(`${url}/imports/${p.importId}/rows`)).body.rows;
    assert.deepEqual(
      rows.map((r: { values: { idNumber: string; phone: string } }) => [r.values.idNumber, r.values.phone]),
      [
        ['110***********0208'.slice(0, 3) + '*'.repeat(11) + ID(20).slice(-4), '138****8020'],
        [BAD_ID, '138001'],
      ],
    );
  });

  test('CUS-2: a unit another import took after the preview is refused at commit, and nothing is written', async () => {
    const a = await previewOf([['3-501', '冯一', '身份证', ID(30), '13800138030', '']]);
    const b = await previewOf([
      ['3-502', '冯二', '身份证', ID(31), '13800138031', ''],
      ['3-501', '冯三', '身份证', ID(32), '13800138032', ''],
    ]);
    assert.equal(b.badRows, 0, 'clean when previewed');
    assert.equal(
      (await archivist.post(`${url}/imports/${a.importId}/commit`, { skipBadRows: false })).status,
      200,
    );
    const before = await counts();
    const res = await archivist.post(`${url}/imports/${b.importId}/commit`, { skipBadRows: false });
    assert.deepEqual(
      [res.status, res.body.error.message],
      [409, '预览之后业主清册或档案已有变化（第 3 行），请重新上传清册'],
    );
    assert.deepEqual(await counts(), before);
    assert.equal((await archivist.get(`${url}/imports/${b.importId}`)).body.status, 'previewed');
  });

  test('CUS-2: a discarded preview cannot be imported', async () => {
    const p = await previewOf([['3-601', '陈一', '身份证', ID(40), '13800138040', '']]);
    const d = await archivist.post(`${url}/imports/${p.importId}/discard`);
    assert.equal(d.body.status, 'discarded');
    const res = await archivist.post(`${url}/imports/${p.importId}/commit`, { skipBadRows: true });
    assert.deepEqual([res.status, res.body.error.message], [409, '该清册预览已放弃，请重新上传']);
  });

  /** Owner i of building T (40 units a floor), born i days after 1 January 1960. */
  const bigRows = (n: number): Cell[][] =>
    Array.from({ length: n }, (_, i) => {
      const born = new Date(Date.UTC(1960, 0, 1 + i)).toISOString().slice(0, 10).replaceAll('-', '');
      return [
        `T-${String(Math.floor(i / 40) + 1).padStart(2, '0')}${String((i % 40) + 1).padStart(2, '0')}`,
        `业主${i + 1}`,
        '身份证',
        residentId('110105', born, 1),
        `139${String(i).padStart(8, '0')}`,
        `HT-${i + 1}`,
      ];
    });

  test('CUS-2: a commit that fails midway writes nothing — no entry, archive, phone or unit link, and the preview stays open', async () => {
    const p = await previewOf(bigRows(COMMIT_CHUNK * 2 + 10));
    const before = await counts();
    let calls = 0;
    const failing = commitRoster(ctx().deps, SYSTEM_ACTOR, P, p.importId, { skipBadRows: false }, (done) => {
      calls++;
      if (done >= COMMIT_CHUNK) throw new Error('disk full');
    });
    await assert.rejects(failing, /disk full/);
    assert.ok(calls >= 2, 'it failed after a chunk had been written');
    assert.deepEqual(await counts(), before);
    assert.equal((await archivist.get(`${url}/imports/${p.importId}`)).body.status, 'previewed');
  });

  test('CUS-2: a 2 000-row roster is previewed and imported with its progress streamed', async (t) => {
    const file = await rosterXlsx(bigRows(2000));
    let started = performance.now();
    const res = await upload(archivist, file, 'big.xlsx');
    const previewMs = Math.round(performance.now() - started);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual([res.body.totalRows, res.body.badRows], [2000, 0]);
    started = performance.now();
    const stream = await archivist.request(
      'POST',
      `${url}/imports/${res.body.importId}/commit`,
      { skipBadRows: false },
      { accept: 'application/x-ndjson' },
    );
    const commitMs = Math.round(performance.now() - started);
    assert.equal(stream.headers.get('content-type'), 'application/x-ndjson');
    const lines = String(stream.body)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.slice(0, -1).map((l) => l.progress.done),
      [0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000],
    );
    assert.deepEqual([lines.at(-1).result.status, lines.at(-1).result.importedRows], ['committed', 2000]);
    assert.equal(
      Number(
        (
          await db()
            .selectFrom('roster_entries')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('project_id', '=', P)
            .where('import_id', '=', res.body.importId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      2000,
    );
    t.diagnostic(`${ctx().db}: 2000-row roster — upload+preview ${previewMs} ms, commit ${commitMs} ms`);
  });

  test('CUS-2: a refusal of a streamed commit is an ordinary error response', async () => {
    const p = await previewOf([['3-701', '褚一', '身份证', BAD_ID, '13800138050', '']]);
    const res = await archivist.request(
      'POST',
      `${url}/imports/${p.importId}/commit`,
      { skipBadRows: false },
      { accept: 'application/x-ndjson' },
    );
    assert.deepEqual(
      [res.status, res.body.error.message],
      [422, '还有 1 行有问题：请修改文件后重新上传，或选择跳过问题行'],
    );
  });
});
