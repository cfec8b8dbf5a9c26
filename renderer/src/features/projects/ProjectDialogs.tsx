import { useApi } from '../../app/api-context.js';
import { Dialog } from '../../ui/Dialog.js';
import { useNotify } from '../../ui/notifications.js';
import { NewProjectForm } from './NewProjectForm.js';
import { PathForm } from './PathForm.js';

export type ProjectDialog = 'new' | 'open' | null;

/** New and Open, reachable from the home screen, the menu and Ctrl+N / Ctrl+O, project open or not. */
export function ProjectDialogs({ dialog, onClose }: { dialog: ProjectDialog; onClose: () => void }) {
  const api = useApi();
  const { fail } = useNotify();
  const open = async (path: string) => {
    try {
      await api.client.projects.open({ path });
      onClose();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <>
      <Dialog title="New project" open={dialog === 'new'} onClose={onClose}>
        <NewProjectForm onDone={onClose} />
      </Dialog>
      <Dialog title="Open project" open={dialog === 'open'} onClose={onClose}>
        <PathForm label="Project file on the server's machine" action="Open" onSubmit={open} />
      </Dialog>
    </>
  );
}
