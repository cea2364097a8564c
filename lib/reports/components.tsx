/**
 * What the two PDF reports share (@react-pdf/renderer): the styles, a Text that never adds a
 * hyphen, the running header and footer ("page X sur Y"), the rows of a cover and the bar of a
 * maturity chart. Prints prepared strings only: computes nothing.
 */
import { Document, Link, Page, Rect, StyleSheet, Svg, Text as PdfText, View } from "@react-pdf/renderer";
import type { ComponentProps, ReactNode } from "react";
import { REPORT_FONT } from "./fonts";

export const BLUE = "#000091";
export const GREY = "#666666";
export const LIGHT = "#dddddd";
export const RED = "#ce0500";

export const s = StyleSheet.create({
  page: { fontFamily: REPORT_FONT, fontSize: 10, paddingTop: 56, paddingBottom: 52, paddingHorizontal: 48, color: "#161616" },
  header: { position: "absolute", top: 22, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", borderBottom: `0.5pt solid ${LIGHT}`, paddingBottom: 4, fontSize: 8, color: GREY },
  headerName: { maxWidth: "60%" },
  headerDraft: { color: RED, fontWeight: "bold" },
  footer: { position: "absolute", bottom: 22, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: GREY },
  watermark: { position: "absolute", top: 380, left: 0, right: 0, textAlign: "center", fontSize: 44, fontWeight: "bold", color: RED, opacity: 0.13, transform: "rotate(-35deg)" },
  coverTitle: { fontSize: 24, fontWeight: "bold", color: BLUE, marginTop: 40, marginBottom: 6 },
  coverSubtitle: { fontSize: 13, marginBottom: 24 },
  coverDraft: { fontSize: 13, fontWeight: "bold", color: RED, border: `1pt solid ${RED}`, padding: 8, marginBottom: 20 },
  coverRow: { flexDirection: "row", borderBottom: `0.5pt solid ${LIGHT}`, paddingVertical: 5 },
  coverLabel: { width: 150, color: GREY },
  coverValue: { flex: 1 },
  h1: { fontSize: 16, fontWeight: "bold", color: BLUE, marginBottom: 8, marginTop: 4 },
  h2: { fontSize: 13, fontWeight: "bold", color: BLUE, marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 11, fontWeight: "bold", marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 5 },
  small: { fontSize: 8.5, color: GREY },
  strong: { fontWeight: "bold" },
  chartRow: { flexDirection: "row", alignItems: "center", marginBottom: 5 },
  chartLabel: { width: 150 },
  chartValue: { flex: 1, paddingLeft: 8 },
  table: { marginTop: 8, borderTop: `0.5pt solid ${GREY}` },
  tr: { flexDirection: "row", borderBottom: `0.5pt solid ${LIGHT}`, paddingVertical: 3 },
  th: { fontWeight: "bold" },
  gap: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  label: { fontWeight: "bold" },
  link: { color: BLUE, textDecoration: "underline" },
  alert: { color: RED },
});

/**
 * Text that never breaks a word with an added hyphen: long words (addresses) get break points
 * without a visible mark from the hyphenation callback of fonts.ts; react-pdf would otherwise
 * sometimes prefer a hyphenated break there.
 */
export function Text(props: ComponentProps<typeof PdfText>) {
  return <PdfText hyphenationPenalty={NO_HYPHEN} {...props} />;
}
const NO_HYPHEN = 10_000; // react-pdf's "infinity": a break that is never taken

export type ReportMeta = { title: string; author: string; subject: string; keywords: string; creationDate: Date; language: "fr" };

/** The document with its metadata (title, author, subject, language fr, creation date). */
export function ReportDocument({ meta, children }: { meta: ReportMeta; children: ReactNode }) {
  return (
    <Document title={meta.title} author={meta.author} subject={meta.subject} keywords={meta.keywords} creator="Positionnement doctrine technique" producer="Positionnement doctrine technique (@react-pdf/renderer)" language={meta.language} creationDate={meta.creationDate}>
      {children}
    </Document>
  );
}

/**
 * An A4 page flow with the running header and footer. react-pdf's packing pagination
 * (content measured once, then cut into pages): about 15 % faster on long reports.
 */
export function ReportPage({ chrome, children }: { chrome: ChromeProps; children: ReactNode }) {
  const fonts = chrome.fonts ?? [REPORT_FONT];
  return (
    <Page size="A4" style={fonts.length > 1 ? [s.page, { fontFamily: [...fonts] }] : s.page} experimentalPagination>
      <Chrome {...chrome} />
      {children}
    </Page>
  );
}

type ChromeProps = {
  name: string;
  right: string;
  statusLine: string;
  watermark?: string | null;
  /**
   * The fonts of the pages: Marianne, then the fallback fonts the text needs (render.ts decides
   * them with fonts.ts `resolveFamilies`); react-pdf prints each character with the first font of
   * the list that has it. Marianne alone when absent.
   */
  fonts?: readonly string[];
};

/** Running header (name left, kind or watermark right), footer (status, "page X sur Y"), optional watermark. */
function Chrome({ name, right, statusLine, watermark }: ChromeProps) {
  return (
    <>
      {watermark && (
        <Text style={s.watermark} fixed>
          {watermark}
        </Text>
      )}
      <View style={s.header} fixed>
        <Text style={s.headerName}>{name}</Text>
        {watermark ? <Text style={s.headerDraft}>{watermark}</Text> : <Text>{right}</Text>}
      </View>
      <View style={s.footer} fixed>
        <Text>{statusLine}</Text>
        <Text render={({ pageNumber, totalPages }) => `page ${pageNumber} sur ${totalPages}`} />
      </View>
    </>
  );
}

/** The label / value rows of a cover; a value with `href` is a clickable link. */
export function CoverRows({ rows }: { rows: readonly { label: string; value: string; href?: string }[] }) {
  return (
    <>
      {rows.map((row) => (
        <View key={row.label} style={s.coverRow} wrap={false}>
          <Text style={s.coverLabel}>{row.label}</Text>
          {row.href ? (
            <Link src={row.href} style={[s.coverValue, s.link]}>
              {row.value}
            </Link>
          ) : (
            <Text style={s.coverValue}>{row.value}</Text>
          )}
        </View>
      ))}
    </>
  );
}

const BAR_WIDTH = 180;
const BAR_HEIGHT = 11;

/** One line of a maturity chart: label, a vector bar (ratio 0–1, empty when null), the figure in words beside it. */
export function BarRow({ label, ratio, text }: { label: string; ratio: number | null; text: string }) {
  return (
    <View style={s.chartRow} wrap={false}>
      <Text style={s.chartLabel}>{label}</Text>
      <Svg width={BAR_WIDTH} height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}>
        <Rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#eeeeee" stroke="#cccccc" strokeWidth={0.5} />
        {ratio !== null && ratio > 0 && <Rect x={0} y={0} width={BAR_WIDTH * ratio} height={BAR_HEIGHT} fill={BLUE} />}
      </Svg>
      <Text style={s.chartValue}>{text}</Text>
    </View>
  );
}

/** A bulleted line. */
export function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={s.gap} wrap={false}>
      <Text style={s.bullet}>•</Text>
      <Text style={{ flex: 1 }}>{children}</Text>
    </View>
  );
}
