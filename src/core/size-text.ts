/**
 * A byte count as people read it in a size-limit message, the same in the CLI and the API: megabytes from
 * 1 MB up, kilobytes below, so a small test limit does not read "0.0 MB".
 *
 * @example sizeText(8 * 1024 * 1024) === '8.0 MB'; sizeText(256) === '0.3 KB'
 */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
