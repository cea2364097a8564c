import type { Metadata } from "next";
import Link from "next/link";
import { SimpleTable } from "@/app/_components/TableFrame";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { CONFORMITY_LABELS, CONFORMITY_THRESHOLD, MATURITY_BANDS, formatPercent, maturityLabel, scoreAssessment } from "@/lib/scoring";
import { EXAMPLE_AXIS, exampleAnswers, exampleCriteria } from "@/lib/scoring/example";
import { currentGrid } from "@/lib/grid/current";
import { FORCE_LABELS } from "@/lib/grid/schema";

export const metadata: Metadata = { title: "Méthode de calcul" };

const STATE_TEXT = { evalue: "Évalué", "non-applicable": "Non applicable", "non-repondu": "Sans réponse" } as const;

export default function MethodePage() {
  const grid = currentGrid();
  const score = scoreAssessment(exampleCriteria, exampleAnswers, { axes: [EXAMPLE_AXIS] });
  const axis = score.axes[0];
  const evaluated = score.lines.filter((l) => l.state === "evalue");
  const numerator = evaluated.map((l) => `${l.poids} × ${l.level}`).join(" + ");
  const denominator = evaluated.map((l) => `${l.poids}`).join(" + ");

  return (
    <>
      <h1>Méthode de calcul</h1>
      <p className="fr-text--lead">
        Chaque score affiché dans le service se recalcule à partir des réponses de l&apos;éditeur, selon la formule publique décrite ici.
      </p>

      <h2>Les niveaux</h2>
      <p>Chaque critère applicable au service reçoit un niveau de 0 à 4, ou « non applicable » avec une raison :</p>
      <SimpleTable
        caption="Échelle des niveaux"
        headers={["Niveau", "Intitulé", "Signification générale"]}
        rows={grid.scale.map((s) => [String(s.level), s.label, s.description])}
        stack
        bordered
      />
      <p>
        Chaque critère précise en outre ce que signifie chaque niveau dans son cas : voir <Link href="/grille">la grille</Link>.
      </p>

      <h2>La maturité par axe</h2>
      <p>
        La maturité d&apos;un axe est la moyenne des niveaux, pondérée par le poids de chaque critère (1 à 3), rapportée au niveau
        maximal 4 et exprimée en pourcentage :
      </p>
      <p className="fr-text--lg">
        <strong>maturité = Σ (poids × niveau) ÷ Σ (poids × 4) × 100</strong>
      </p>
      <ul>
        <li>Un critère <strong>non applicable</strong> sort du numérateur comme du dénominateur ; sa raison est publiée avec le positionnement.</li>
        <li>
          Un critère <strong>sans réponse</strong> ne compte pas pour 0 : il est écarté du calcul et fait baisser le taux de complétude.
          Une publication exige que tous les critères applicables aient une réponse.
        </li>
        <li>
          Un axe sans critère évalué n&apos;affiche pas de pourcentage : « sans objet » quand rien n&apos;y est applicable, « non évaluée »
          quand des réponses manquent. Jamais 0 % ni 100 %.
        </li>
        <li>
          La maturité globale applique la même formule à tous les critères évalués, tous axes confondus (ce n&apos;est pas la moyenne
          des pourcentages des axes).
        </li>
      </ul>
      <p>Pour lire un pourcentage, des paliers indicatifs :</p>
      <ul>
        {MATURITY_BANDS.map((band, i) => (
          <li key={band.label}>
            {band.label} : à partir de {band.min} %{i < MATURITY_BANDS.length - 1 ? ` et jusqu'à ${MATURITY_BANDS[i + 1].min} % exclu` : " et jusqu'à 100 %"}
          </li>
        ))}
      </ul>

      <h2>La conformité et les écarts</h2>
      <p>
        Un critère <strong>opposable</strong> découle d&apos;une obligation : le décret du 5 décembre 2025 (articles R.421-78-3 et
        R.421-78-4 du code de l&apos;éducation), qui rend la doctrine technique opposable aux services numériques des collèges et lycées
        publics, ou une obligation légale (RGPD, accessibilité). Un critère <strong>recommandé</strong> relève des bonnes pratiques.
      </p>
      <p>
        Un service est <strong>conforme</strong> lorsque chaque critère opposable qui lui est applicable atteint au moins le niveau{" "}
        {CONFORMITY_THRESHOLD}, ou est déclaré non applicable avec une raison. Les <strong>écarts</strong> sont les critères opposables
        sous le niveau {CONFORMITY_THRESHOLD}. Ils doivent être résorbés avant l&apos;échéance fixée par les arrêtés d&apos;application,
        au moins dix mois après leur publication.
      </p>

      <h2 id="exemple">Un exemple calculé</h2>
      <p>
        Un axe fictif de cinq critères. Ce calcul est fait par le moteur de l&apos;application au moment où la page s&apos;affiche.
      </p>
      <SimpleTable
        caption="Réponses de l'exemple"
        headers={["Critère", "Force", "Poids", "Réponse", "Points", "Maximum"]}
        stack
        bordered
        rows={score.lines.map((l) => [
          `${l.id} — ${l.title}`,
          FORCE_LABELS[l.force],
          String(l.poids),
          l.state === "evalue" ? `Niveau ${l.level}` : l.state === "non-applicable" ? `Non applicable : ${l.naReason}` : STATE_TEXT[l.state],
          l.state === "evalue" ? `${l.poids} × ${l.level} = ${l.points}` : "—",
          l.state === "evalue" ? `${l.poids} × 4 = ${l.maxPoints}` : "—",
        ])}
      />
      <ul data-testid="exemple-resultats">
        <li>
          Maturité : ({numerator}) ÷ (4 × ({denominator})) = {axis.points} ÷ {axis.maxPoints} ={" "}
          <strong data-testid="exemple-maturite">{formatPercent(axis.maturity)}</strong> ({maturityLabel(axis.maturity, axis.maturityState)}).
        </li>
        <li>
          Complétude : {axis.answered} critères répondus sur {axis.applicable} applicables ={" "}
          <strong data-testid="exemple-completude">{formatPercent(axis.completion)}</strong>.
        </li>
        <li>
          Conformité : <strong data-testid="exemple-conformite">{CONFORMITY_LABELS[score.conformity.status]}</strong>
          {score.conformity.gaps.length > 0 && <> — écart : {score.conformity.gaps.map((g) => `${g.criterionId} (niveau ${g.level})`).join(", ")}</>}.
        </li>
      </ul>

      <h2 id="rapports">Les rapports PDF</h2>
      <p>
        Les rapports de positionnement et de conformité reprennent les textes tels qu&apos;ils ont été saisis, dans la police Marianne. Les
        caractères qu&apos;elle n&apos;a pas sont imprimés avec des polices de secours libres (famille Noto, licence SIL Open Font) : émojis
        (en noir et blanc), symboles (✓, ★, ∞, ≤, ₿…), lettres grecques et cyrilliques, caractères chinois et kana japonais.
      </p>
      <ul>
        <li>
          Un caractère qu&apos;aucune de ces polices ne contient (le coréen, par exemple) est remplacé par le signe{" "}
          <strong>«&nbsp;�&nbsp;»</strong>, un par caractère : le lecteur voit qu&apos;il y avait là un caractère, et le texte qui
          l&apos;entoure reste intact.
        </li>
        <li>Un émoji composé de plusieurs émojis (👩‍🏫, enseignante) est imprimé comme ses éléments (👩🏫).</li>
        <li>Les heures et les dates sont celles de Paris, quel que soit le fuseau horaire du serveur ou du lecteur.</li>
      </ul>

      <h2>Une grille de lecture, en attendant la grille officielle</h2>
      <CallOut title="Ce que vaut cette grille">
        Le ministère a annoncé une grille de positionnement officielle dont la liste des critères n&apos;est pas encore publique. La grille{" "}
        {grid.version} est notre lecture de la doctrine technique : chaque critère indique s&apos;il reprend un texte officiel ou s&apos;il
        en constitue une interprétation. Elle sera remplacée par la grille officielle dès sa publication ; les positionnements publiés
        garderont la version de grille sur laquelle ils ont été établis.
      </CallOut>
    </>
  );
}
