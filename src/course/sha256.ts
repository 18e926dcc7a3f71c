/**
 * SHA-256 of a text's UTF-8 bytes, as hex. The browser's crypto.subtle does
 * this too, but only on https or localhost and only asynchronously; a
 * classroom serving the course over plain http on its own network has no
 * crypto.subtle, and a receipt must still be checkable there. Tested
 * against Node's crypto on arbitrary input.
 */

const K = new Uint32Array(64);
const INITIAL = new Uint32Array(8);

// The constants are the fractional parts of the cube (K) and square (INITIAL) roots of the first 64 primes.
{
	let found = 0;
	for (let candidate = 2; found < 64; candidate++) {
		let prime = true;
		for (let divisor = 2; divisor * divisor <= candidate; divisor++) if (candidate % divisor === 0) prime = false;
		if (!prime) continue;
		if (found < 8) INITIAL[found] = (Math.sqrt(candidate) % 1) * 2 ** 32;
		K[found++] = (Math.cbrt(candidate) % 1) * 2 ** 32;
	}
}

const rotate = (value: number, by: number) => (value >>> by) | (value << (32 - by));

export function sha256(text: string): string {
	const bytes = new TextEncoder().encode(text);
	// The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
	const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
	padded.set(bytes);
	padded[bytes.length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
	view.setUint32(padded.length - 4, bytes.length << 3);

	const hash = INITIAL.slice();
	const w = new Uint32Array(64);
	for (let block = 0; block < padded.length; block += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
		for (let i = 16; i < 64; i++) {
			const a = w[i - 15] as number;
			const b = w[i - 2] as number;
			w[i] = (w[i - 16] as number) + (rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3)) + (w[i - 7] as number) + (rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10));
		}
		let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
		for (let i = 0; i < 64; i++) {
			const t1 = h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number);
			const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
			h = g;
			g = f;
			f = e;
			e = (d + t1) | 0;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) | 0;
		}
		[a, b, c, d, e, f, g, h].forEach((word, index) => (hash[index] = (hash[index] as number) + word));
	}
	return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}
