// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSettings } from '../../../../shared/contract/projects.js';
import { NotificationsProvider } from '../../ui/notifications.js';
import { PersonForm } from './PersonForm.js';
import { ProjectSettingsForm } from './ProjectSettingsForm.js';
import { projectProblems } from './use-project-settings.js';
import { personProblems } from './use-person-settings.js';

afterEach(cleanup);

const DEFAULT_PROJECT_SETTINGS: ProjectSettings = {
  uriBase: '',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  mappingSetId: '',
  mappingSetTitle: '',
  defaultStatus: 'accepted',
};

describe('person fields', () => {
  it('need a name; the ORCID iD must check out and the e-mail look like one', () => {
    expect(personProblems({ userName: '', orcid: '', email: '' })).toHaveProperty('userName');
    expect(personProblems({ userName: 'Ana', orcid: 'https://orcid.org/0000-0002-1825-0097', email: 'ana@example.org' })).toEqual({});
    expect(Object.keys(personProblems({ userName: 'Ana', orcid: '0000-0002-1825-0098', email: 'ana@' }))).toEqual(['orcid', 'email']);
  });
});

describe('PersonForm', () => {
  it('shows what is wrong beside the field and saves only a valid person', async () => {
    const save = vi.fn(async () => ({}) as never);
    render(
      <NotificationsProvider>
        <PersonForm person={{ saved: { userName: 'Ana', orcid: '', email: '' }, save }} />
      </NotificationsProvider>,
    );
    fireEvent.change(screen.getByLabelText(/ORCID iD/), { target: { value: '0000-0002-1825-0098' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    expect(await screen.findByText(/does not check out/)).toBeTruthy();
    expect(screen.getByLabelText(/ORCID iD/).getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/ORCID iD/), { target: { value: '0000-0002-1825-0097' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    await screen.findByText(/changes are now recorded as Ana/);
    expect(save).toHaveBeenCalledWith({ userName: 'Ana', orcid: '0000-0002-1825-0097', email: '' });
  });
});

describe('ProjectSettingsForm', () => {
  it('refuses a non-web URL and saves the default status', async () => {
    expect(projectProblems({ ...DEFAULT_PROJECT_SETTINGS, mappingSetId: 'urn:x' })).toHaveProperty('mappingSetId');
    const save = vi.fn(async (fields: typeof DEFAULT_PROJECT_SETTINGS) => fields);
    render(
      <NotificationsProvider>
        <ProjectSettingsForm saved={DEFAULT_PROJECT_SETTINGS} save={save} />
      </NotificationsProvider>,
    );
    fireEvent.change(screen.getByLabelText('Default status of new mappings'), { target: { value: 'proposed' } });
    fireEvent.change(screen.getByLabelText('Mapping-set title'), { target: { value: 'Data literacy → ESCO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save project settings' }));
    await screen.findByText('Project settings saved');
    expect(save).toHaveBeenCalledWith({ ...DEFAULT_PROJECT_SETTINGS, defaultStatus: 'proposed', mappingSetTitle: 'Data literacy → ESCO' });
  });
});
