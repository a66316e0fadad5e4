/** file: URIs to paths and back, without a dependency. */
import * as path from 'path';
import { pathToFileURL, fileURLToPath } from 'url';

export const URI = {
  /** The file-system path of a `file:` URI, or undefined for other schemes. */
  toFsPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) {
      return undefined;
    }
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  fromFsPath(p: string): string {
    return pathToFileURL(path.resolve(p)).href;
  },
};
