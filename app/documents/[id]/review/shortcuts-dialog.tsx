"use client";

import { useTranslation } from "react-i18next";
import { ModalDialog } from "../../../components/modal-dialog";

const SHORTCUTS = [
  ["j / Alt+↓", "next"],
  ["k / Alt+↑", "previous"],
  ["Enter / e", "edit"],
  ["i", "editSource"],
  ["r", "review"],
  ["h", "history"],
  ["Ctrl+Enter / ⌘+Enter", "save"],
  ["Ctrl+Shift+Enter / ⌘+Shift+Enter", "saveReviewed"],
  ["Esc", "cancel"],
  ["?", "help"],
] as const;

/** Every review shortcut, opened with `?` or the toolbar button. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("review");
  return (
    <ModalDialog open={open} onClose={onClose} title={t("help.title")} closeLabel={t("close")}>
      <p className="hint">{t("help.intro")}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t("help.key")}</th>
            <th scope="col">{t("help.action")}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`help.keys.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
