import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir.js';
import { reviewSettings, setReviewSettings } from '../review/review-service.js';
import { createProjectFile, openProject, type Project } from './project-service.js';
import { DEFAULT_PROJECT_SETTINGS, effectiveUriBase, projectSettings, updateProjectSettings } from './project-settings.js';

let temp: ReturnType<typeof makeTempDir>;
let project: Project;

function open(): Project {
  temp = makeTempDir();
  const file = `${temp.dir}/p.crosswalk`;
  createProjectFile(file, { title: 'P' });
  return openProject(file);
}

afterEach(() => {
  project?.close();
  temp?.cleanup();
});

describe('project settings', () => {
  it('start at the defaults, are kept in the project file and survive reopening', () => {
    project = open();
    expect(projectSettings(project.db)).toEqual(DEFAULT_PROJECT_SETTINGS);
    updateProjectSettings(project.db, {
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      mappingSetTitle: 'Data literacy → ESCO',
      defaultStatus: 'proposed',
    });
    const file = project.path;
    project.close();
    project = openProject(file);
    expect(projectSettings(project.db)).toMatchObject({
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      mappingSetTitle: 'Data literacy → ESCO',
      defaultStatus: 'proposed',
      uriBase: '',
    });
  });

  it('refuse a bad value whole and leave the review workflow switch alone', () => {
    project = open();
    setReviewSettings(project.db, { doubleReview: true });
    expect(() => updateProjectSettings(project.db, { mappingSetId: 'file:///etc/passwd' })).toThrow(/http/);
    expect(projectSettings(project.db).mappingSetId).toBe('');
    updateProjectSettings(project.db, { uriBase: 'https://example.org/uni/' });
    expect(reviewSettings(project.db)).toEqual({ doubleReview: true });
    expect(effectiveUriBase(projectSettings(project.db), 'https://w3id.org/crosswalk/local/')).toBe('https://example.org/uni/');
    expect(effectiveUriBase(DEFAULT_PROJECT_SETTINGS, 'https://w3id.org/crosswalk/local/')).toBe('https://w3id.org/crosswalk/local/');
  });

  it('read a stored value the schema refuses as its default', () => {
    project = open();
    project.db.prepare("INSERT INTO review_settings (key, value) VALUES ('project.defaultStatus', 'rejected')").run();
    expect(projectSettings(project.db).defaultStatus).toBe('accepted');
  });
});
