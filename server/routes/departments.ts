import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { asOf, cityName, nodeId } from '../schemas/inputs.ts';
import { departmentDetail, DepartmentDetailSchema, DepartmentListSchema, listDepartments } from '../services/departments.ts';

export const departmentRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/departments',
    summary: 'Departments with the tasks they lead, share, or inherit',
    query: z.object({ city: cityName.optional(), asOf }).strict(),
    response: DepartmentListSchema,
    handle: ({ query, context }) => listDepartments(context.reader, query.city),
  }),
  defineRoute({
    method: 'get',
    path: '/api/departments/:id',
    summary: 'One department: tasks led vs co-responsible per plan, industries, partners, the same body in other cities',
    params: z.object({ id: nodeId }),
    query: z.object({ asOf }).strict(),
    response: DepartmentDetailSchema,
    handle: ({ params, context }) => departmentDetail(context.reader, params.id),
  }),
];
