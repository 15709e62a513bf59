/** A chosen file's bytes as base64 (without the data: prefix), for uploads inside GraphQL variables. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function readFileAsText(file: Blob): Promise<string> {
  return file.text();
}

/** Hands text to the browser as a download with the given file name. */
export function saveTextAsFile(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the object URL is no longer needed once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The pictures the API stores (product images, showroom logos): it reads the type from the bytes and refuses SVG, which may carry scripts. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Checks a picture before it is read and sent: the API refuses other types and sizes anyway. */
export function checkImageFile(file: File, types: readonly string[], maxBytes: number): 'type' | 'size' | null {
  if (!types.includes(file.type)) return 'type';
  if (file.size > maxBytes) return 'size';
  return null;
}
