import { msg, str } from '@lit/localize';
import { formatUiNumber } from '../../localization/plural.js';

/** Strings of the image viewer, through @lit/localize with stable ids. */
export const imageViewerMessages = {
  get title() {
    return msg('Enlarged image', { id: 'study.image.title' });
  },
  get close() {
    return msg('Close', { id: 'study.image.close' });
  },
  get zoomIn() {
    return msg('Zoom in', { id: 'study.image.zoomIn' });
  },
  get zoomOut() {
    return msg('Zoom out', { id: 'study.image.zoomOut' });
  },
  get fit() {
    return msg('Fit to screen', { id: 'study.image.fit' });
  },
  get altLabel() {
    return msg('Text alternative', { id: 'study.image.alt' });
  },
  get noAlt() {
    return msg('The book gives this image no text alternative.', { id: 'study.image.noAlt' });
  },
  get captionLabel() {
    return msg('Caption', { id: 'study.image.caption' });
  },
  get descriptionLabel() {
    return msg('Description', { id: 'study.image.description' });
  },
  get keys() {
    return msg('+ and − zoom, 0 fits the image, arrow keys move it when zoomed, Escape closes.', { id: 'study.image.keys' });
  },
  zoom: (scale: number) => {
    const percent = formatUiNumber(scale, { style: 'percent', maximumFractionDigits: 0 });
    return msg(str`Zoom ${percent}`, { id: 'study.image.zoom', desc: 'percent is formatted, e.g. 200%.' });
  },
  get noImage() {
    return msg('There is no image on this page.', { id: 'study.image.none' });
  },
};
