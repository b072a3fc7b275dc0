/**
 * Reading a picked, dropped or pasted file for the API without freezing the page: the browser's
 * FileReader encodes it to base64 off the main thread (a 20 MB scan used to take a synchronous
 * loop of String.fromCharCode and btoa), reporting how far it got.
 */
export function readAsBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    reader.onerror = () => reject(new Error('파일을 읽지 못했습니다. 파일이 다른 프로그램에서 열려 있거나 옮겨졌는지 확인하고 다시 첨부하세요.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // 'data:application/pdf;base64,JVBERi0…' → the part after the comma.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
