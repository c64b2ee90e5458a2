import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

// A form post read as it streams in, with every size bounded. Request.formData() would hold
// the whole body in memory, however large: a route reads its form with this instead, after it
// has checked who is asking.

export type MultipartLimits = {
  /** A file larger than this is not kept: only its size is reported, in `oversize`. */
  maxFileBytes: number;
  /** The whole body; past it, reading stops and the result is `too-large`. */
  maxBodyBytes: number;
  /** Each text field (longer values are cut, and then fail the field's own length check). */
  maxFieldBytes?: number;
  maxFields?: number;
  maxFiles?: number;
};

export type MultipartForm = {
  form: FormData;
  /** Files that were too large to keep, by field name: their full size in bytes. */
  oversize: Map<string, number>;
};

export type MultipartOutcome = { kind: 'read'; value: MultipartForm } | { kind: 'too-large' } | { kind: 'unreadable' };

/** Reads a multipart/form-data or urlencoded body within `limits`. */
export async function readMultipartForm(request: Request, limits: MultipartLimits): Promise<MultipartOutcome> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limits.maxBodyBytes) return { kind: 'too-large' };
  if (!request.body) return { kind: 'unreadable' };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      defParamCharset: 'utf8',
      limits: { fieldSize: limits.maxFieldBytes ?? 64 * 1024, fields: limits.maxFields ?? 200, files: limits.maxFiles ?? 1 },
    });
  } catch {
    return { kind: 'unreadable' }; // not a form content type
  }

  const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  const form = new FormData();
  const oversize = new Map<string, number>();
  const files: Promise<void>[] = [];

  return new Promise<MultipartOutcome>((resolve) => {
    let received = 0;
    let settled = false;
    const finish = (outcome: MultipartOutcome) => {
      if (settled) return;
      settled = true;
      if (outcome.kind !== 'read') body.destroy();
      resolve(outcome);
    };

    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBodyBytes) finish({ kind: 'too-large' });
    });
    body.on('error', () => finish({ kind: 'unreadable' }));
    parser.on('field', (name, value) => form.append(name, value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      files.push(
        new Promise<void>((done) => {
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= limits.maxFileBytes) chunks.push(chunk);
          });
          stream.on('end', () => {
            if (size > limits.maxFileBytes) oversize.set(name, size);
            else if (size > 0 || info.filename) form.append(name, new File([Buffer.concat(chunks)], info.filename ?? '', { type: info.mimeType }));
            done();
          });
          stream.on('error', () => done());
        }),
      );
    });
    parser.on('error', () => finish({ kind: 'unreadable' }));
    parser.on('close', () => {
      void Promise.all(files).then(() => finish({ kind: 'read', value: { form, oversize } }));
    });
    body.pipe(parser);
  });
}
