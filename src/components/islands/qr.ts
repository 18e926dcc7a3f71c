/**
 * A QR code as one SVG path: lean-qr (about 2 KB gzipped, builder page only)
 * finds the modules, and each row's runs of dark modules become rectangles.
 */

import { correction, generate } from 'lean-qr/nano';

export function qrPath(text: string): { size: number; path: string } {
	const code = generate(text, { minCorrectionLevel: correction.M });
	let path = '';
	for (let y = 0; y < code.size; y++) {
		for (let x = 0; x < code.size; x++) {
			if (!code.get(x, y)) continue;
			let end = x;
			while (end + 1 < code.size && code.get(end + 1, y)) end++;
			path += `M${x} ${y}h${end - x + 1}v1H${x}z`;
			x = end;
		}
	}
	return { size: code.size, path };
}
