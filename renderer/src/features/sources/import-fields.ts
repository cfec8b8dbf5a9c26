import type { ImportField } from '../../../../shared/domain/source.js';

/** Labels of the fields a column can be mapped to; the first ones are shown without "more". */
export const FIELD_LABELS: Record<ImportField, string> = {
  id: 'Item id',
  text: 'Text (learning outcome)',
  description: 'Description',
  notation: 'Notation',
  language: 'Item language',
  course: 'Course id',
  courseTitle: 'Course title',
  courseDescription: 'Course description',
  ects: 'ECTS',
  workloadHours: 'Workload (hours)',
  eqfLevel: 'EQF level',
  qfEheaCycle: 'QF-EHEA cycle',
  iscedF: 'ISCED-F code',
  awardingBody: 'Awarding body',
  country: 'Country',
  assessment: 'Assessment',
  participation: 'Participation',
  qualityAssurance: 'Quality assurance',
  prerequisites: 'Prerequisites',
  supervisionAndIdentityVerification: 'Supervision / identity verification',
  integrationStackability: 'Integration / stackability',
  courseLanguage: 'Course language',
  url: 'Web page',
};

export const MAIN_FIELDS: ImportField[] = ['id', 'text', 'course', 'courseTitle', 'ects', 'eqfLevel', 'iscedF', 'language'];
