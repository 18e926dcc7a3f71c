/** Dates and durations as the pages print them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2011-11-09" → "9 November 2011"; "2011-11" → "November 2011"; "2011" → "2011". */
export function formatCalendarDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	if (!month) return year ?? iso;
	const monthName = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 25 → "25 min"; 95 → "1 h 35 min". */
export function formatMinutes(minutes: number): string {
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** Splits authored text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph.length > 0);
}
