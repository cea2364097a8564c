/** The editor's breadcrumb: Mes services › the service › the current page (none on the service's own page). Server component. */
import Link from "next/link";

export function ServiceBreadcrumb({ service, current }: { service: { id: string; name: string }; current?: string }) {
  return (
    <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
      <ol className="fr-breadcrumb__list">
        <li>
          <Link className="fr-breadcrumb__link" href="/mes-services">
            Mes services
          </Link>
        </li>
        <li>
          {current ? (
            <Link className="fr-breadcrumb__link" href={`/mes-services/${service.id}`}>
              {service.name}
            </Link>
          ) : (
            <a className="fr-breadcrumb__link" aria-current="page">
              {service.name}
            </a>
          )}
        </li>
        {current && (
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {current}
            </a>
          </li>
        )}
      </ol>
    </nav>
  );
}
