import { JyElement } from '../../internal/jy-element.js';
import { JyProvider } from './provider.js';

JyElement.define('jy-provider', JyProvider);

declare global {
  interface HTMLElementTagNameMap {
    'jy-provider': JyProvider;
  }
}
