/**
 * imsmanifest.xml for a module's package: one organization, one item, one
 * SCO resource whose launch page is index.html, and every file of the
 * package listed in it. SCORM 1.2 follows the IMS Content Packaging 1.1.2
 * and ADL 1.2 bindings; SCORM 2004 the 4th edition's (IMS CP 1.1.4, ADL CP
 * 1.3). No sequencing is declared: a single SCO needs the defaults only.
 */

import type { ScormVersion } from '../src/course/packages';

export interface ManifestInput {
	moduleId: string;
	title: string;
	/** The course's version, e.g. 2026.11.0. */
	courseVersion: string;
	/** The pass mark, 0 to 1; SCORM 1.2 carries it as a mastery score. Absent when the module scores nothing. */
	passMark?: number | undefined;
	/** Every file in the package but the manifest, with forward slashes. */
	files: string[];
}

export const LAUNCH_PAGE = 'index.html';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const NAMESPACES: Record<ScormVersion, string> = {
	scorm12: [
		'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
	].join('\n          '),
	scorm2004: [
		'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
		'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
		'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"',
	].join('\n          '),
};

export function imsManifest(version: ScormVersion, input: ManifestInput): string {
	const id = `casebook-${input.moduleId}`;
	const title = escape(input.title);
	const mastery = version === 'scorm12' && input.passMark !== undefined ? `\n        <adlcp:masteryscore>${Math.round(input.passMark * 100)}</adlcp:masteryscore>` : '';
	const scoType = version === 'scorm12' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"';
	const schemaVersion = version === 'scorm12' ? '1.2' : '2004 4th Edition';
	const files = [...input.files].sort().map((file) => `      <file href="${escape(file)}"/>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-${version}" version="${escape(input.courseVersion)}"
          ${NAMESPACES[version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${id}-organization">
    <organization identifier="${id}-organization">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-resource">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-resource" type="webcontent" ${scoType} href="${LAUNCH_PAGE}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
