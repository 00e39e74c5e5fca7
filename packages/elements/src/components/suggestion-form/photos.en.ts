import type { Terms } from '../../internal/localize.js';
import type { PhotoKey } from './photos.js';

// en terms of the photo list of <jy-suggestion-form>, typed against the zh-CN source.
const en: Terms<PhotoKey> = {
  photoPreparing: 'Preparing…',
  photoUploading: 'Uploading {percent}%',
  photoProgress: 'Upload of photo {n}',
  photoDone: 'Uploaded',
  photoUnreadable: 'This image cannot be read; choose a JPEG or PNG photo',
};

export default en;
