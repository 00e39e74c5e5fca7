import type { Category } from '../../model/category.js';
import type { Department } from '../../model/department.js';
import type { Workstation } from '../../model/workstation.js';
import type { CallOptions, Transport } from '../transport.js';

/** The lists a form and a staff page choose from. */
export function metaResource(transport: Transport) {
  return {
    categories: (options: CallOptions = {}) => transport.request<Category[]>('categories', options),
    departments: (options: CallOptions = {}) => transport.request<Department[]>('departments', options),
    workstations: (options: CallOptions = {}) => transport.request<Workstation[]>('workstations', options),
  };
}
