import * as v from 'valibot';
import { CategorySchema } from '../../model/category.js';
import { DepartmentSchema } from '../../model/department.js';
import { WorkstationSchema } from '../../model/workstation.js';
import type { CallOptions, Transport } from '../transport.js';

const Categories = v.array(CategorySchema);
const Departments = v.array(DepartmentSchema);
const Workstations = v.array(WorkstationSchema);

/** The lists a form and a staff page choose from. */
export function metaResource(transport: Transport) {
  return {
    categories: (options: CallOptions = {}) => transport.request(Categories, 'categories', options),
    departments: (options: CallOptions = {}) => transport.request(Departments, 'departments', options),
    workstations: (options: CallOptions = {}) => transport.request(Workstations, 'workstations', options),
  };
}
