/**
 * The service positioning report (@react-pdf/renderer template). Prints a ServiceReportData
 * prepared by service-data.ts; computes nothing itself. The only JSX of lib/: it imports nothing
 * from next or react-dom.
 */
import { Link, StyleSheet, View } from "@react-pdf/renderer";
import type { AxisBlock, CriterionBlock, ServiceReportData } from "./service-data";
import { BarRow, Bullet, CoverRows, RED, LIGHT, ReportDocument, ReportPage, Text, s as base } from "./components";

const s = {
  ...base,
  ...StyleSheet.create({
    chartValue: { width: 140, paddingLeft: 8 },
    criterion: { marginBottom: 10, paddingBottom: 6, borderBottom: `0.5pt solid ${LIGHT}` },
    criterionTitle: { fontWeight: "bold", fontSize: 10.5 },
    criterionGap: { color: RED, fontWeight: "bold" },
  }),
};

const chromeOf = (data: ServiceReportData) => ({ name: data.serviceName, right: "Rapport de positionnement", statusLine: data.statusLine, watermark: data.watermark, fonts: data.fonts });

function Cover({ data }: { data: ServiceReportData }) {
  return (
    <ReportPage chrome={chromeOf(data)}>
      <Text style={s.coverTitle}>Rapport de positionnement</Text>
      <Text style={s.coverSubtitle}>au regard de la doctrine technique du numérique pour l&apos;éducation</Text>
      {data.watermark && (
        <Text style={s.coverDraft}>
          {data.watermark} : ce rapport montre l&apos;état du brouillon au moment de sa génération. Il n&apos;engage pas l&apos;éditeur et ne remplace pas une publication.
        </Text>
      )}
      <CoverRows rows={data.cover} />
    </ReportPage>
  );
}

function Summary({ data }: { data: ServiceReportData }) {
  const { summary, gaps } = data;
  return (
    <>
      <Text style={s.h1}>Synthèse</Text>
      <Text style={s.p}>
        Maturité globale : <Text style={s.strong}>{summary.overall}</Text>
        {summary.overallBand ? ` (${summary.overallBand})` : ""} — complétude <Text style={s.strong}>{summary.completion}</Text>
      </Text>
      <Text style={s.p}>
        Conformité : <Text style={s.strong}>{summary.conformity}</Text> ({summary.conformityDetail})
      </Text>
      <Text style={s.h2}>Maturité par axe</Text>
      {summary.axes.map((a) => (
        <BarRow key={a.id} label={a.label} ratio={a.ratio} text={`${a.maturity}${a.ratio !== null ? ` — ${a.band}` : ""}`} />
      ))}
      <View style={s.table}>
        <View style={[s.tr, s.th]} wrap={false}>
          <Text style={{ flex: 3 }}>Axe</Text>
          <Text style={{ flex: 2 }}>Maturité</Text>
          <Text style={{ flex: 2 }}>Points</Text>
          <Text style={{ flex: 2 }}>Complétude</Text>
          <Text style={{ flex: 1 }}>Écarts</Text>
        </View>
        {summary.axes.map((a) => (
          <View key={a.id} style={s.tr} wrap={false}>
            <Text style={{ flex: 3 }}>{a.label}</Text>
            <Text style={{ flex: 2 }}>{a.maturity}</Text>
            <Text style={{ flex: 2 }}>{a.points}</Text>
            <Text style={{ flex: 2 }}>{a.answered}</Text>
            <Text style={{ flex: 1 }}>{String(a.gaps)}</Text>
          </View>
        ))}
      </View>

      <Text style={s.h2} minPresenceAhead={40}>
        Écarts aux critères opposables
      </Text>
      {gaps.lines.length === 0 ? (
        <Text style={s.p}>Aucun écart : aucun critère opposable répondu n&apos;est sous le niveau 3.</Text>
      ) : (
        <>
          <Text style={s.p}>
            {gaps.lines.length} critère{gaps.lines.length > 1 ? "s" : ""} opposable{gaps.lines.length > 1 ? "s" : ""} sous le niveau 3, à résorber avant l&apos;échéance ({gaps.deadline}) :
          </Text>
          {gaps.lines.map((g) => (
            <Bullet key={g.id}>
              <Text style={s.strong}>{g.id}</Text> — {g.title} ({g.axis}) : {g.level}
            </Bullet>
          ))}
        </>
      )}
      {gaps.missing.length > 0 && (
        <>
          <Text style={[s.p, { marginTop: 4 }]}>
            {gaps.missing.length} critère{gaps.missing.length > 1 ? "s" : ""} opposable{gaps.missing.length > 1 ? "s" : ""} sans réponse :
          </Text>
          {gaps.missing.map((g) => (
            <Bullet key={g.id}>
              <Text style={s.strong}>{g.id}</Text> — {g.title} ({g.axis})
            </Bullet>
          ))}
        </>
      )}
    </>
  );
}

function CriterionView({ c }: { c: CriterionBlock }) {
  return (
    <View style={s.criterion}>
      {/* The title, its line of meta and the level stay together, followed by at least a few
          lines: never a criterion's title alone at the foot of a page. */}
      <View wrap={false} minPresenceAhead={30}>
        <Text style={s.criterionTitle}>
          {c.id} — {c.title}
        </Text>
        <Text style={s.small}>{c.meta}</Text>
        <Text style={{ marginTop: 2 }}>
          <Text style={c.isGap ? s.criterionGap : s.label}>{c.level}</Text>
          {c.isGap ? " (écart)" : ""}
          {c.levelMeaning ? ` : ${c.levelMeaning}` : ""}
        </Text>
      </View>
      {c.naReason && (
        <Text style={{ marginTop: 2 }}>
          <Text style={s.label}>Raison : </Text>
          {c.naReason}
        </Text>
      )}
      {c.justification && (
        <Text style={{ marginTop: 2 }}>
          <Text style={s.label}>Justification : </Text>
          {c.justification}
        </Text>
      )}
      {c.evidence.length > 0 && (
        <Text style={{ marginTop: 2 }}>
          <Text style={s.label}>Preuves : </Text>
          {c.evidence.map((url, i) => (
            <Text key={url}>
              {i > 0 ? " · " : ""}
              <Link src={url} style={s.link}>
                {url}
              </Link>
            </Text>
          ))}
        </Text>
      )}
    </View>
  );
}

function AxisSection({ axis }: { axis: AxisBlock }) {
  return (
    <View>
      <Text style={s.h2} minPresenceAhead={80}>
        {axis.label} — maturité {axis.maturity}
      </Text>
      {axis.criteria.map((c) => (
        <CriterionView key={c.id} c={c} />
      ))}
    </View>
  );
}

function Annex({ data }: { data: ServiceReportData }) {
  const { annex } = data;
  return (
    <>
      <Text style={s.h1}>Annexe : méthode et références</Text>
      <Text style={s.h2}>Méthode de calcul</Text>
      {annex.method.map((line, i) => (
        <View key={i} style={s.gap}>
          <Text style={s.bullet}>•</Text>
          <Text style={{ flex: 1 }}>{line}</Text>
        </View>
      ))}
      <Text style={s.h2} minPresenceAhead={60}>
        Échelle des niveaux
      </Text>
      {annex.scale.map((l) => (
        <View key={l.level} style={s.gap} wrap={false}>
          <Text style={{ width: 90, fontWeight: "bold" }}>
            {l.level} — {l.label}
          </Text>
          <Text style={{ flex: 1 }}>{l.description}</Text>
        </View>
      ))}
      <Text style={s.h2} minPresenceAhead={60}>
        Références de la doctrine
      </Text>
      <Text style={[s.p, s.small]}>{annex.gridNote}</Text>
      {annex.references.map((r, i) => (
        <View key={i} style={{ marginBottom: 5 }} wrap={false}>
          <Text>
            <Text style={s.strong}>{r.document}</Text>
            {r.section ? ` — ${r.section}` : ""}
          </Text>
          <Text style={s.small}>
            {r.basis} · critères {r.criteria}
          </Text>
          {r.url && (
            <Link src={r.url} style={[s.link, s.small]}>
              {r.url}
            </Link>
          )}
        </View>
      ))}
    </>
  );
}

export function ServiceReport({ data }: { data: ServiceReportData }) {
  const chrome = chromeOf(data);
  return (
    <ReportDocument meta={data.meta}>
      <Cover data={data} />
      <ReportPage chrome={chrome}>
        <Summary data={data} />
      </ReportPage>
      {/* Each axis starts a page: a reader looking for one axis finds it at the top of a page. */}
      {data.axes.map((axis, i) => (
        <ReportPage key={axis.id} chrome={chrome}>
          {i === 0 && <Text style={s.h1}>Réponses par axe</Text>}
          <AxisSection axis={axis} />
        </ReportPage>
      ))}
      <ReportPage chrome={chrome}>
        <Annex data={data} />
      </ReportPage>
    </ReportDocument>
  );
}
