/** The row button that jumps to a source item in the workbench; `itemName` tells rows apart for screen readers. */
export function ShowInWorkbenchButton({ itemName, onClick }: { itemName: string; onClick: () => void }) {
  return (
    <button type="button" className="show-in-workbench" aria-label={`Show in workbench: ${itemName}`} onClick={onClick}>
      Show in workbench
    </button>
  );
}
