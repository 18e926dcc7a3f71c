/**
 * Text to URL-safe base64 and back, strictly: a string decodes only if it is
 * exactly what encoding its result would give, so no two codes stand for
 * the same text and no changed character goes unnoticed.
 */

export function encodeBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text, or undefined when the code is not canonical base64url of valid UTF-8. */
export function decodeBase64Url(code: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return undefined;
	try {
		const binary = atob(code.replaceAll('-', '+').replaceAll('_', '/'));
		const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
		return encodeBase64Url(text) === code ? text : undefined;
	} catch {
		return undefined;
	}
}
