/**
 * Documents and signatures on both databases: scans are sniffed, filed once, read only by
 * whom the owning module allows; signatures are captured on screen or on paper with the scan.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';
import { SYSTEM_ACTOR } from '../access/actor.ts';
import { newId } from '../ids.ts';
import { captureSignature, listSignatures, missingSignatures } from './signatures.ts';
import { documentReaders } from './readers.ts';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;

createTestApp('documents and signatures', (ctx) => {
  let clerk: Client;
  let cashier: Client;
  let P = '';
  const entity = newId();

  before(async () => {
    P = ctx().projects.CAMPUS;
    clerk = await ctx().login('clerk');
    clerk.lang = 'zh-CN';
    cashier = await ctx().login('cashier');
    documentReaders.register(
      'test_entity',
      async (_deps, actor) => actor.roles.get(P)?.includes('cs_clerk') ?? false,
    );
  });

  const upload = (c: Client, bytes: Uint8Array) =>
    c.request('POST', `/api/projects/${P}/documents?title=scan`, new Uint8Array(bytes), {
      'content-type': 'image/png',
    });

  test('a scan is kept only when its bytes are an image or a PDF', async () => {
    const bad = await upload(clerk, new TextEncoder().encode('<html>not a scan</html>'));
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.message, '只能上传 JPG、PNG、WebP 图片或 PDF 扫描件');
    const ok = await upload(clerk, PNG);
    assert.equal(ok.status, 201);
    assert.equal(ok.body.mime, 'image/png');
    // Unfiled: its uploader reads it, nobody else.
    assert.equal((await clerk.get(`/api/projects/${P}/documents/${ok.body.documentId}`)).status, 200);
    assert.equal((await cashier.get(`/api/projects/${P}/documents/${ok.body.documentId}`)).status, 403);
  });

  test('signatures on screen and on paper; a scan proves one thing only; nothing to edit afterwards', async () => {
    const scan = (await upload(clerk, PNG)).body.documentId as string;
    const deps = ctx().deps;
    const at = ctx().clock.now();
    const base = { projectId: P, entityType: 'test_entity', entityId: entity, actor: SYSTEM_ACTOR, at };
    await deps.db.k.transaction().execute(async (trx) => {
      await captureSignature(trx, {
        ...base,
        purpose: 'pass.clerk',
        signerRole: 'clerk',
        input: { signerName: '王芳', method: 'pad', image: PNG_URL },
      });
      await captureSignature(trx, {
        ...base,
        purpose: 'pass.owner',
        signerRole: 'owner',
        input: { signerName: '周建国', method: 'paper', scanDocumentId: scan },
      });
    });
    const noImage = deps.db.k.transaction().execute((trx) =>
      captureSignature(trx, {
        ...base,
        purpose: 'pass.carrier',
        signerRole: 'carrier',
        input: { signerName: '搬运工', method: 'pad', image: 'data:image/png;base64,AAAA' },
      }),
    );
    await assert.rejects(noImage, (e: { key?: string }) => e.key === 'signature.image_required');
    const noScan = deps.db.k.transaction().execute((trx) =>
      captureSignature(trx, {
        ...base,
        purpose: 'pass.carrier',
        signerRole: 'carrier',
        input: { signerName: '搬运工', method: 'paper' },
      }),
    );
    await assert.rejects(noScan, (e: { key?: string }) => e.key === 'signature.scan_required');
    const reused = deps.db.k.transaction().execute((trx) =>
      captureSignature(trx, {
        ...base,
        entityId: newId(),
        purpose: 'pass.carrier',
        signerRole: 'carrier',
        input: { signerName: '搬运工', method: 'paper', scanDocumentId: scan },
      }),
    );
    await assert.rejects(reused, (e: { key?: string }) => e.key === 'document.filed_elsewhere');

    const signed = await listSignatures(deps.db.k, P, 'test_entity', entity);
    assert.deepEqual(
      signed.map((s) => [s.purpose, s.signerName, s.signerRole, s.method]),
      [
        ['pass.clerk', '王芳', 'clerk', 'pad'],
        ['pass.owner', '周建国', 'owner', 'paper'],
      ],
    );
    assert.deepEqual(missingSignatures(signed, ['pass.clerk', 'pass.carrier', 'pass.owner']), [
      'pass.carrier',
    ]);
    // Filed: the module's rule decides — the clerk may, the cashier may not.
    assert.equal((await clerk.get(`/api/projects/${P}/documents/${signed[0]!.documentId}`)).status, 200);
    assert.equal((await cashier.get(`/api/projects/${P}/documents/${scan}`)).status, 403);
  });
});
