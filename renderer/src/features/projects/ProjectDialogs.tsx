import { Dialog } from '../../ui/Dialog.js';
import { NewProjectForm } from './NewProjectForm.js';
import { ProjectFileList } from './ProjectFileList.js';

export type ProjectDialog = 'new' | 'open' | null;

/**
 * New and Open, reachable from the home screen, the menu and Ctrl+N / Ctrl+O, project open or not.
 * Open is a dialog only in a served page (Electron uses its native dialog): the data folder's list.
 */
export function ProjectDialogs({ dialog, onClose }: { dialog: ProjectDialog; onClose: () => void }) {
  return (
    <>
      <Dialog title="New project" open={dialog === 'new'} onClose={onClose}>
        <NewProjectForm onDone={onClose} />
      </Dialog>
      <Dialog title="Open project" open={dialog === 'open'} onClose={onClose}>
        <ProjectFileList onOpened={onClose} />
      </Dialog>
    </>
  );
}
