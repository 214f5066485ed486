import { BookError } from './errors.js';
import type { PublicationSource } from './source.js';
import { parseXml, resolveBookPath } from './xml.js';

const CONTAINER_PATH = 'META-INF/container.xml';

/** Finds the package document (.opf) through META-INF/container.xml, with a clear error for each way that fails. */
export async function locatePackage(source: PublicationSource): Promise<string> {
  if (source.has(CONTAINER_PATH) === false) {
    throw new BookError('container-missing', 'This EPUB has no META-INF/container.xml file.', { where: CONTAINER_PATH });
  }
  let text: string;
  try {
    text = await source.text(CONTAINER_PATH);
  } catch (cause) {
    if ((cause as BookError)?.code === 'resource-missing') {
      throw new BookError('container-missing', 'This EPUB has no META-INF/container.xml file.', { where: CONTAINER_PATH, cause });
    }
    throw cause;
  }
  const parsed = parseXml(text);
  if ('error' in parsed) {
    throw new BookError('container-invalid', `META-INF/container.xml is not well-formed XML (${parsed.error}).`, { where: CONTAINER_PATH });
  }
  const rootfiles = [...parsed.doc.getElementsByTagNameNS('*', 'rootfile')];
  const rootfile = rootfiles.find((r) => (r.getAttribute('media-type') ?? 'application/oebps-package+xml') === 'application/oebps-package+xml') ?? rootfiles[0];
  const fullPath = rootfile?.getAttribute('full-path');
  if (!fullPath) {
    throw new BookError('container-invalid', 'META-INF/container.xml does not name the package document.', { where: CONTAINER_PATH });
  }
  const opfPath = resolveBookPath('', fullPath);
  if (!opfPath || source.has(opfPath) === false) {
    throw new BookError('package-missing', `The package document “${fullPath}” named in META-INF/container.xml is not in the book.`, { where: fullPath });
  }
  return opfPath;
}
