import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Deflater, zipFiles } from '../../packaging/zip';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zipFiles', () => {
	it('writes a zip any reader opens, holding every file byte for byte', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-zé_/-]{1,20}\.[a-z]{2,4}$/), fc.uint8Array({ maxLength: 5000 })), { selector: ([name]) => name, maxLength: 8 }), async (files) => {
				const zip = await zipFiles(files);
				expect(unzipSync(zip)).toEqual(Object.fromEntries(files));
			}),
			{ numRuns: 60 },
		);
	});

	it('dates every entry 1 January 1980 and marks its name as UTF-8', async () => {
		const zip = await zipFiles([['modules/café/index.html', bytes('<p>'.repeat(2000))]]);
		const header = new DataView(zip.buffer, zip.byteOffset);
		expect(header.getUint32(0, true)).toBe(0x04034b50);
		expect(header.getUint16(6, true)).toBe(1 << 11);
		expect([header.getUint16(10, true), header.getUint16(12, true)]).toEqual([0, (0 << 9) | (1 << 5) | 1]);
		expect(Object.keys(unzipSync(zip))).toEqual(['modules/café/index.html']);
	});

	it('gives the same bytes for the same files, so a build that changed nothing changes no package', async () => {
		const files: [string, Uint8Array][] = [['a.html', bytes('hello '.repeat(300))], ['b/c.js', bytes('export {}')]];
		expect(await zipFiles(files)).toEqual(await zipFiles(files, new Deflater()));
	});

	it('deflates the same content once however many packages hold it', async () => {
		const deflater = new Deflater();
		const shared = bytes('shared script '.repeat(100));
		const [first, second] = await Promise.all([deflater.deflate(shared), deflater.deflate(Uint8Array.from(shared))]);
		expect(second).toBe(first);
		expect(first.data.length).toBeLessThan(shared.length / 10);
	});
});
