/**
 * Limits that protect a Chromebook from hostile or broken archives. A "zip
 * bomb" is a small file that unpacks to gigabytes; we refuse it by reading
 * the sizes the zip directory declares before inflating anything, and JSZip
 * checks the real inflated length against the declared one as it reads.
 */
export interface ZipLimits {
  /** Largest accepted archive, in bytes as downloaded. */
  maxArchiveBytes: number;
  /** Largest total of all entries once unpacked. */
  maxTotalUncompressedBytes: number;
  /** Largest single entry once unpacked. */
  maxEntryUncompressedBytes: number;
  /** Largest unpacked/packed ratio for an entry bigger than `ratioAppliesAboveBytes`. */
  maxCompressionRatio: number;
  ratioAppliesAboveBytes: number;
  /** Most entries in one archive. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxArchiveBytes: 1024 * 1024 * 1024,
  maxTotalUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxEntryUncompressedBytes: 512 * 1024 * 1024,
  // Prose XHTML deflates about 3–10×; a padded or repeated file may reach
  // 50×. Real bombs are 1,000× and more.
  maxCompressionRatio: 200,
  ratioAppliesAboveBytes: 8 * 1024 * 1024,
  maxEntries: 20_000,
});
