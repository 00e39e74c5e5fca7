import type { Terms } from '../../internal/localize.js';
import type { PhotoKey } from './photos.js';

// zh-TW terms of the photo list of <jy-suggestion-form>, typed against the zh-CN source.
const zhTW: Terms<PhotoKey> = {
  photoPreparing: '正在壓縮…',
  photoUploading: '正在上傳 {percent}%',
  photoProgress: '照片 {n} 上傳進度',
  photoDone: '已上傳',
  photoUnreadable: '無法讀取這張圖片，請換一張 JPEG 或 PNG 照片',
};

export default zhTW;
