/** Files the user picked or dropped, named as they will appear in the import summary. */
export interface PickedFile {
  name: string;
  file: File;
}

export interface Picked {
  files: PickedFile[];
  /** Files inside chosen folders that are not articles (images, stylesheets...). */
  skipped: string[];
  /** Dropped files the system would not let us read. */
  unreadable: string[];
}

// Only inside folders: a saved web page comes with a folder of images and scripts that
// would otherwise fill the summary with failures. Files chosen one by one always go to import.
const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const HIDDEN = /(^|\/)\./;

function fromFolder(name: string, file: File, picked: Picked): void {
  if (ARTICLE_FILE.test(name) && !HIDDEN.test(name)) picked.files.push({ name, file });
  else picked.skipped.push(name);
}

/** From an <input type=file>, with or without webkitdirectory. */
export function fromFileList(list: FileList | File[], isFolder: boolean): Picked {
  const picked: Picked = { files: [], skipped: [], unreadable: [] };
  for (const file of Array.from(list)) {
    const name = isFolder ? file.webkitRelativePath || file.name : file.name;
    if (isFolder) fromFolder(name, file, picked);
    else picked.files.push({ name, file });
  }
  return picked;
}

/**
 * Takes what was dropped. Must be called inside the drop event: the browser empties the
 * DataTransfer afterwards, so the entries are captured now and read later.
 */
export function captureDrop(data: DataTransfer): () => Promise<Picked> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  const files = Array.from(data.files);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return async () => fromFileList(files, false);
  }
  return async () => {
    const picked: Picked = { files: [], skipped: [], unreadable: [] };
    for (const entry of entries as FileSystemEntry[]) {
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, picked);
      else await addEntry(entry as FileSystemFileEntry, entry.name, picked, false);
    }
    return picked;
  };
}

async function walk(dir: FileSystemDirectoryEntry, picked: Picked): Promise<void> {
  for (const entry of await allEntries(dir)) {
    const name = entry.fullPath.replace(/^\//, '');
    if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, picked);
    else await addEntry(entry as FileSystemFileEntry, name, picked, true);
  }
}

async function addEntry(entry: FileSystemFileEntry, name: string, picked: Picked, inFolder: boolean) {
  try {
    const file = await fileOf(entry);
    if (inFolder) fromFolder(name, file, picked);
    else picked.files.push({ name, file });
  } catch {
    picked.unreadable.push(name);
  }
}

// readEntries answers in chunks (100 at a time in Chromium) until it returns none.
async function allEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all.sort((a, b) => a.name.localeCompare(b.name));
    all.push(...chunk);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
