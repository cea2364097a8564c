/** The DSFR table markup (wrapper, scroll container, caption) around a table's head and body. */
export function TableFrame({
  caption,
  children,
  scrollLabel,
  className,
}: {
  caption: React.ReactNode;
  children: React.ReactNode;
  /** when set, the scroll container is focusable (keyboard users reach a table that scrolls) */
  scrollLabel?: string;
  className?: string;
}) {
  return (
    <div className={`fr-table${className ? ` ${className}` : ""}`}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" {...(scrollLabel ? { tabIndex: 0, role: "region", "aria-label": scrollLabel } : {})}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
