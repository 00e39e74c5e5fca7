import { isJianyiError, type JianyiClient, type Locale } from '@jianyi/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { JyErrorEvent } from '../../events/jy-error.js';
import { lazyCatalog, partTerms } from '../../internal/localize.js';
import { downscale, thumbnail } from './downscale.js';
import { suggestionFormTerms } from './suggestion-form.i18n.js';

// A citizen's photos: made smaller, uploaded with progress, listed with preview, retry and
// remove. A separate file that <jy-suggestion-form> fetches with the first photo (or for
// photos a restored draft brings back), as a citizen who adds none never needs it.

export type PhotoKey = 'photoPreparing' | 'photoUploading' | 'photoProgress' | 'photoDone' | 'photoUnreadable';

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const photoTerms = lazyCatalog<PhotoKey>(
  {
    photoPreparing: '正在压缩…',
    photoUploading: '正在上传 {percent}%',
    photoProgress: '照片 {n} 上传进度',
    photoDone: '已上传',
    photoUnreadable: '无法读取这张图片，请换一张 JPEG 或 PNG 照片',
  },
  {
    'zh-TW': () => import('./photos.zh-TW.js'),
    en: () => import('./photos.en.js'),
  },
);

const t = partTerms(photoTerms, suggestionFormTerms);

export interface Photo {
  /** Stable across re-renders, for `repeat`-free keyed updates and the element ids. */
  key: number;
  name: string;
  status: 'preparing' | 'uploading' | 'done' | 'failed';
  /** 0–100 while uploading. */
  progress: number;
  /** The file as chosen, until it is made smaller: kept to try again if that code could not be fetched. */
  file?: File;
  /** The downscaled JPEG, kept to retry a failed upload without decoding again. */
  blob?: Blob;
  /** A small data URL for the preview, also kept in the draft. */
  thumb?: string;
  attachmentId?: string;
  error?: string;
  abort?: AbortController;
}

/** The form as this file sees it: what it reads and changes, private to everyone else. */
export interface PhotoHost {
  readonly locale: Locale;
  readonly client: JianyiClient;
  readonly photos: readonly Photo[];
  emit(event: Event): unknown;
  updatePhoto(key: number, change: Partial<Photo>): void;
  /** A photo is up: the form drops its "still uploading" message if none is left. */
  clearPhotosMessage(): void;
  /** Removes a photo and moves focus on. */
  removePhoto(key: number): void;
}

const photoOf = (host: PhotoHost, key: number) => host.photos.find((photo) => photo.key === key);

/** Makes the chosen file smaller, with a preview, then uploads it. */
export async function prepare(host: PhotoHost, key: number): Promise<void> {
  const file = photoOf(host, key)?.file;
  if (!file) return;
  host.updatePhoto(key, { status: 'preparing', error: undefined });
  let blob: Blob;
  try {
    blob = await downscale(file);
  } catch {
    host.updatePhoto(key, { status: 'failed', error: t(host.locale, 'photoUnreadable'), file: undefined });
    return;
  }
  if (!photoOf(host, key)) return; // removed meanwhile
  // Without a preview the photo still goes up; the citizen sees its name and status.
  const thumb = await thumbnail(blob).catch(() => undefined);
  host.updatePhoto(key, { blob, file: undefined, ...(thumb && { thumb }) });
  await upload(host, key);
}

async function upload(host: PhotoHost, key: number): Promise<void> {
  const photo = photoOf(host, key);
  if (!photo?.blob) return;
  const abort = new AbortController();
  host.updatePhoto(key, { status: 'uploading', progress: 0, error: undefined, abort });
  try {
    const attachment = await host.client.suggestions.uploadAttachment(photo.blob, {
      signal: abort.signal,
      onProgress: (loaded, total) => host.updatePhoto(key, { progress: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0 }),
    });
    host.updatePhoto(key, { status: 'done', progress: 100, attachmentId: attachment.id, abort: undefined });
    host.clearPhotosMessage();
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    if (abort.signal.aborted) return;
    host.updatePhoto(key, { status: 'failed', error: error.message, abort: undefined });
    host.emit(new JyErrorEvent(error));
  }
}

export const photoListStyles = css`
  .photo {
    display: grid;
    grid-template-columns: 64px minmax(0, 1fr) 44px;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .photo.failed {
    border-color: var(--_danger);
  }
  .thumb {
    width: 64px;
    height: 64px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
    overflow: hidden;
    display: grid;
    place-items: center;
  }
  .thumb img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .thumb-label {
    font-size: 0.75em;
    color: var(--_muted);
  }
  .photo-body {
    display: grid;
    gap: 4px;
    min-width: 0;
    justify-items: start;
  }
  .photo-status {
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .photo-status.done {
    color: var(--_success);
    font-weight: 600;
  }
  .photo-status.error {
    color: var(--_danger);
  }
  progress {
    appearance: none;
    width: 100%;
    height: 8px;
    border: 0;
    border-radius: 4px;
    background: var(--_subtle);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_subtle);
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
    transition: width 0.2s;
  }
  progress::-moz-progress-bar {
    background: var(--_primary);
  }
  button.small {
    min-height: 36px;
    padding: 0 var(--_space);
    font-size: 0.875em;
  }
  button.remove {
    width: 44px;
    padding: 0;
    font-size: 1.5em;
    line-height: 1;
  }
`;

function photoItem(host: PhotoHost, photo: Photo, index: number) {
  const locale = host.locale;
  const n = index + 1;
  let status: TemplateResult | typeof nothing = nothing;
  if (photo.status === 'preparing') status = html`<span class="photo-status">${t(locale, 'photoPreparing')}</span>`;
  else if (photo.status === 'uploading') {
    // A native <progress> rather than a styled width: no inline style, so no CSP exception.
    status = html`<progress
        part="progress"
        role="progressbar"
        max="100"
        .value=${photo.progress}
        aria-label=${t(locale, 'photoProgress', { n })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${photo.progress}
      ></progress>
      <span class="photo-status">${t(locale, 'photoUploading', { percent: photo.progress })}</span>`;
  } else if (photo.status === 'done') status = html`<span class="photo-status done">✓ ${t(locale, 'photoDone')}</span>`;
  else {
    status = html`<span class="photo-status error">${photo.error}</span>
      ${photo.blob || photo.file
        ? html`<button type="button" class="small" @click=${() => void (photo.blob ? upload(host, photo.key) : prepare(host, photo.key))}>${t(locale, 'photoRetry')}</button>`
        : nothing}`;
  }
  return html`<li class="photo ${photo.status}" part="photo">
    <div class="thumb">
      ${photo.thumb ? html`<img src=${photo.thumb} alt=${t(locale, 'photoAlt', { n })} />` : html`<span class="thumb-label">${t(locale, 'photoAlt', { n })}</span>`}
    </div>
    <div class="photo-body">${status}</div>
    <button type="button" class="remove" aria-label=${t(locale, 'photoRemove', { n })} @click=${() => host.removePhoto(photo.key)}>
      <span aria-hidden="true">×</span>
    </button>
  </li>`;
}

/** The photos with their preview and status. */
export function photoList(host: PhotoHost) {
  return html`<ul class="photos" part="photos">
    ${host.photos.map((photo, index) => photoItem(host, photo, index))}
  </ul>`;
}
