import { describe, expect, it } from 'vitest';
import { ooapiBundle, ooapiCourses } from './ooapi.js';

describe('OOAPI v6 courses', () => {
  it('reads LearningOutcome objects, study load arrays, teaching languages and fields of study', () => {
    const doc = {
      items: [
        {
          courseId: 'c-1',
          name: [
            { language: 'nl-NL', value: 'Datagedreven ontwerp' },
            { language: 'en-GB', value: 'Data-driven design' },
          ],
          studyLoad: [
            { studyLoadUnit: 'ects', value: 5 },
            { studyLoadUnit: 'hour', value: 140 },
          ],
          level: 'bachelor',
          teachingLanguages: ['nld'],
          fieldsOfStudy: '061301',
          learningOutcomes: [
            {
              learningOutcomeId: 'lo-1',
              primaryCode: { codeType: 'learningOutcomeCode', code: 'LO 1' },
              name: [{ language: 'en-GB', value: 'Design a data pipeline' }],
            },
            {
              learningOutcomeId: 'lo-2',
              primaryCode: { codeType: 'learningOutcomeCode', code: 'LO 2' },
              name: [{ language: 'nl-NL', value: 'Evalueer een dashboard' }],
            },
          ],
        },
      ],
    };
    const bundle = ooapiBundle(ooapiCourses(doc, 'v6.json'), { fileName: 'v6.json', title: 'v6', language: 'en' });
    expect(bundle.groups[0]).toMatchObject({
      key: 'c-1',
      title: 'Data-driven design',
      metadata: { ects: 5, workloadHours: 140, eqfLevel: 6, qfEheaCycle: 'first', language: 'nl', iscedF: '0613' },
    });
    expect(bundle.items.map((i) => [i.key, i.notation, i.text, i.language])).toEqual([
      ['lo-1', 'LO 1', 'Design a data pipeline', 'en'],
      ['lo-2', 'LO 2', 'Evalueer een dashboard', 'nl'],
    ]);
  });

  it('names the record and field of a learning outcome without a name', () => {
    const doc = [{ courseId: 'c-1', learningOutcomes: [{ learningOutcomeId: 'x', name: [] }] }];
    expect(() => ooapiBundle(ooapiCourses(doc, 'bad.json'), { fileName: 'bad.json', title: 't', language: 'en' })).toThrow(
      'bad.json, field "items[0].learningOutcomes[0].name": items[0].learningOutcomes[0]: the learning outcome has no name',
    );
  });

  it('keys v5 bullets by their text, so inserting a bullet leaves the other keys in place', () => {
    const course = (text: string) => [{ courseId: 'c-1', learningOutcomes: [[{ language: 'en-GB', value: text }]] }];
    const keys = (text: string) =>
      ooapiBundle(ooapiCourses(course(text), 'v5.json'), { fileName: 'v5.json', title: 't', language: 'en' }).items.map((i) => [
        i.key,
        i.text,
      ]);
    const before = keys('- Find data\n- Clean data');
    const after = keys('- Frame a question\n- Find data\n- Clean data');
    expect(after.slice(1)).toEqual(before);
    expect(new Set(after.map(([k]) => k)).size).toBe(3);
  });
});
