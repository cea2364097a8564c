/**
 * The school compliance report (@react-pdf/renderer template), for the chef d'établissement and
 * the conseil d'administration. Prints a SchoolReportData prepared by school-data.ts; computes
 * nothing itself.
 */
import { Link, StyleSheet, View } from "@react-pdf/renderer";
import type { SchoolReportData, SchoolServiceBlock } from "./school-data";
import { BarRow, Bullet, CoverRows, LIGHT, RED, ReportDocument, ReportPage, Text, s as base } from "./components";

const s = {
  ...base,
  ...StyleSheet.create({
    count: { width: 40, textAlign: "right", paddingRight: 10, fontWeight: "bold" },
    service: { marginBottom: 12, paddingBottom: 8, borderBottom: `0.5pt solid ${LIGHT}` },
    serviceTitle: { fontWeight: "bold", fontSize: 11.5 },
    axes: { flexDirection: "row", marginTop: 4, paddingVertical: 3, borderTop: `0.5pt solid ${LIGHT}`, borderBottom: `0.5pt solid ${LIGHT}` },
    axisCell: { flex: 1, paddingRight: 4 },
    nonConforme: { color: RED, fontWeight: "bold" },
  }),
};

const REPORT_KIND = "Rapport de conformité des services numériques";


function Counts({ title, lines }: { title: string; lines: SchoolReportData["summary"]["decisions"] }) {
  return (
    <View wrap={false}>
      <Text style={s.h3}>{title}</Text>
      <View style={s.table}>
        {lines.map((l) => (
          <View key={l.label} style={s.tr}>
            <Text style={s.count}>{String(l.count)}</Text>
            <Text style={{ flex: 1 }}>{l.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function Summary({ data }: { data: SchoolReportData }) {
  const { summary } = data;
  return (
    <>
      <Text style={s.h1}>Synthèse</Text>
      <Text style={s.p}>{summary.intro}</Text>
      {summary.total > 0 && (
        <>
          <View style={{ flexDirection: "row" }}>
            <View style={{ flex: 1, paddingRight: 12 }}>
              <Counts title="Décisions de l'établissement" lines={summary.decisions} />
            </View>
            <View style={{ flex: 1, paddingLeft: 12 }}>
              <Counts title="Conformité publiée par les éditeurs" lines={summary.published} />
            </View>
          </View>

          <Text style={s.h2} minPresenceAhead={60}>
            Maturité moyenne des services positionnés, par axe
          </Text>
          {summary.axes.map((a) => (
            <BarRow key={a.id} label={a.label} ratio={a.ratio} text={a.text} />
          ))}

          <Text style={s.h2} minPresenceAhead={40}>
            Points d&apos;attention
          </Text>
          <Text style={s.p}>{summary.attention.intro}</Text>
          {summary.attention.counts.length > 0 && <Counts title="Motifs" lines={summary.attention.counts} />}
          {summary.attention.services.map((x, i) => (
            <Bullet key={`${i}-${x.name}`}>
              <Text style={s.strong}>{x.name}</Text> : {x.reasons.join(" ; ")}.
            </Bullet>
          ))}
        </>
      )}
    </>
  );
}

function Context({ data }: { data: SchoolReportData }) {
  const c = data.context;
  return (
    <>
      <Text style={s.h1} minPresenceAhead={80}>
        Contexte territorial
      </Text>
      {!c ? (
        <Text style={s.p}>Le département de l&apos;établissement n&apos;est pas renseigné : le contexte territorial ne peut pas être présenté.</Text>
      ) : (
        <>
          <Text style={s.p}>
            Département : <Text style={s.strong}>{c.departement}</Text>
            {c.lines.map((l) => ` — ${l.label} : ${l.value}`).join("")}
          </Text>
          <View style={s.table}>
            <View style={[s.tr, s.th]} wrap={false}>
              <Text style={{ flex: 2 }}>Déploiement des ENT dans les collèges</Text>
              <Text style={{ flex: 3 }}>Novembre 2018</Text>
              <Text style={{ flex: 3 }}>Rentrée 2025</Text>
            </View>
            {c.rows.map((r) => (
              <View key={r.label} style={s.tr} wrap={false}>
                <Text style={{ flex: 2, fontWeight: "bold" }}>{r.label}</Text>
                <Text style={{ flex: 3, paddingRight: 6 }}>{r.y2018}</Text>
                <Text style={{ flex: 3 }}>{r.y2025}</Text>
              </View>
            ))}
          </View>
          <Text style={[s.p, { marginTop: 6 }]}>
            <Text style={s.strong}>Évolution : </Text>
            {c.evolution}
          </Text>
          {c.notes.length > 0 && (
            <>
              <Text style={s.h3}>Remarques sur la source</Text>
              {c.notes.map((n) => (
                <Bullet key={n}>{n}</Bullet>
              ))}
            </>
          )}
          <Text style={s.h3} minPresenceAhead={30}>
            Projets ENT qui couvrent ce territoire
          </Text>
          {c.projets.length === 0 ? (
            <Text style={s.p}>Aucun projet de la liste présentée le 19 novembre 2025 ne couvre ce territoire (cette liste n&apos;est pas exhaustive).</Text>
          ) : (
            c.projets.map((p) => (
              <Bullet key={p.name}>
                <Text style={s.strong}>{p.name}</Text> — {p.territory}
                {p.notes !== "—" ? ` : ${p.notes}` : ""}
              </Bullet>
            ))
          )}
        </>
      )}
    </>
  );
}

function Overview({ services }: { services: SchoolServiceBlock[] }) {
  return (
    <View style={s.table}>
      <View style={[s.tr, s.th]} wrap={false} fixed>
        <Text style={{ flex: 4, paddingRight: 4 }}>Service</Text>
        <Text style={{ flex: 3, paddingRight: 4 }}>Positionnement</Text>
        <Text style={{ flex: 3, paddingRight: 4 }}>Conformité publiée</Text>
        <Text style={{ flex: 3 }}>Décision</Text>
      </View>
      {services.map((v, i) => (
        <View key={`${i}-${v.name}`} style={s.tr} wrap={false}>
          <Text style={{ flex: 4, paddingRight: 4 }}>
            <Text style={s.strong}>{v.name}</Text>
            {"\n"}
            <Text style={s.small}>{v.editor}</Text>
          </Text>
          <Text style={{ flex: 3, paddingRight: 4 }}>{v.publicationShort}</Text>
          <Text style={{ flex: 3, paddingRight: 4 }}>
            <Text style={v.gaps.length > 0 ? s.nonConforme : undefined}>{v.conformity}</Text>
            {v.gaps.length > 0 ? ` (${v.gaps.length} écart${v.gaps.length > 1 ? "s" : ""})` : ""}
          </Text>
          <Text style={{ flex: 3 }}>
            {v.decision}
            {v.toReview ? " — à revoir" : ""}
          </Text>
        </View>
      ))}
    </View>
  );
}

function ServiceView({ v }: { v: SchoolServiceBlock }) {
  return (
    // A service is short (a quarter of a page at most): never split across two pages.
    <View style={s.service} wrap={false}>
      <View>
        <Text style={s.serviceTitle}>{v.name}</Text>
        <Text style={s.small}>
          {v.editor}
          {v.category ? ` · ${v.category}` : ""}
        </Text>
        <Text style={{ marginTop: 2 }}>
          {v.publication}
          {v.link ? " — " : ""}
          {v.link && (
            <Link src={v.link} style={s.link}>
              {v.link}
            </Link>
          )}
        </Text>
      </View>
      {v.positioned && (
        <View style={s.axes} wrap={false}>
          {v.axes.map((a) => (
            <View key={a.label} style={s.axisCell}>
              <Text style={s.small}>{a.label}</Text>
              <Text>{a.value}</Text>
            </View>
          ))}
          {v.overall && (
            <View style={s.axisCell}>
              <Text style={s.small}>Maturité globale</Text>
              <Text>{v.overall}</Text>
            </View>
          )}
        </View>
      )}
      <Text style={{ marginTop: 3 }}>
        <Text style={s.label}>Conformité publiée : </Text>
        <Text style={v.gaps.length > 0 ? s.nonConforme : undefined}>{v.conformity}</Text>
        {v.missing > 0 ? ` (${v.missing} critère${v.missing > 1 ? "s" : ""} opposable${v.missing > 1 ? "s" : ""} sans réponse)` : ""}
      </Text>
      {v.gaps.map((g) => (
        <Bullet key={g.id}>
          <Text style={s.strong}>{g.id}</Text> — {g.title} ({g.axis}) : {g.level}
        </Bullet>
      ))}
      <Text style={{ marginTop: 3 }}>
        <Text style={s.label}>Décision : </Text>
        <Text style={s.strong}>{v.decision}</Text>
        {v.decisionDetail ? `, ${v.decisionDetail}` : ""}
        {v.nextReview ? `. Prochaine revue le ${v.nextReview}` : ""}.
      </Text>
      {v.comment && (
        <Text style={{ marginTop: 2 }}>
          <Text style={s.label}>Commentaire : </Text>
          {v.comment}
        </Text>
      )}
      {v.alerts.length > 0 && <Text style={[s.alert, { marginTop: 2 }]}>{v.alerts.join(" ")}</Text>}
    </View>
  );
}

function Annex({ data }: { data: SchoolReportData }) {
  const { annex } = data;
  return (
    <>
      <Text style={s.h1}>Annexe : lecture du rapport</Text>
      <Text style={s.h2}>Les décisions de l&apos;établissement</Text>
      {annex.decisions.map((d) => (
        <Bullet key={d.label}>
          <Text style={s.strong}>{d.label}</Text> : {d.value}
        </Bullet>
      ))}
      <Text style={s.h2} minPresenceAhead={40}>
        Méthode
      </Text>
      {annex.method.map((line) => (
        <Bullet key={line}>{line}</Bullet>
      ))}
      <Text style={s.h2} minPresenceAhead={40}>
        Sources
      </Text>
      {annex.sources.map((line) => (
        <Bullet key={line}>{line}</Bullet>
      ))}
    </>
  );
}

export function SchoolReport({ data }: { data: SchoolReportData }) {
  const chrome = { name: data.schoolName, right: REPORT_KIND, statusLine: data.statusLine, fonts: data.fonts };
  return (
    <ReportDocument meta={data.meta}>
      <ReportPage chrome={chrome}>
        <Text style={s.coverTitle}>Rapport de conformité</Text>
        <Text style={s.coverSubtitle}>des services numériques de l&apos;établissement au regard de la doctrine technique du numérique pour l&apos;éducation</Text>
        <CoverRows rows={data.cover} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <Summary data={data} />
      </ReportPage>
      <ReportPage chrome={chrome}>
        <Context data={data} />
      </ReportPage>
      {data.services.length > 0 && (
        <ReportPage chrome={chrome}>
          <Text style={s.h1}>Vue d&apos;ensemble des services</Text>
          <Overview services={data.services} />
          <Text style={[s.h1, { marginTop: 16 }]} minPresenceAhead={120}>
            Détail par service
          </Text>
          {data.services.map((v, i) => (
            <ServiceView key={`${i}-${v.name}`} v={v} />
          ))}
        </ReportPage>
      )}
      <ReportPage chrome={chrome}>
        <Annex data={data} />
      </ReportPage>
    </ReportDocument>
  );
}
