/** What the desk uploads or draws: a 1×1 PNG as a scanned page, and a drawn signature. */
import assert from 'node:assert/strict';
import type { Client } from '../harness.ts';

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;

/** A signature as the signature pad sends it. */
export const padSignature = (signerName: string) => ({ signerName, method: 'pad' as const, image: PNG_URL });

/** Uploads a scan as the desk does before the step that files it; returns its document id. */
export async function uploadScan(c: Client, projectId: string, title = 'scan'): Promise<string> {
  const r = await c.request(
    'POST',
    `/api/projects/${projectId}/documents?title=${encodeURIComponent(title)}`,
    new Uint8Array(PNG),
    { 'content-type': 'image/png' },
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.documentId as string;
}
