/** The library's services: plain Node, no Electron. Main, the CLI and the test harness use these. */
export { openLibrary, Library } from './library';
export { createLibraryApi, type Platform } from './api';
export { seedSampleLibrary } from './sample';
export { toDossierError, libraryError } from './errors';
