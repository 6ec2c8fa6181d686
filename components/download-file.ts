/**
 * Saves a file from an extension page without the `downloads` permission: a blob URL behind an
 * `<a download>` clicked from script. The URL is released once the browser has taken the file.
 */

/** Starts the download of `blob` as `name`. */
export function downloadFile(name: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
