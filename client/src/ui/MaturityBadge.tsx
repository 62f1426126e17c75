import { MATURITY_LABELS, type TMaturity } from '../../../shared/schemas/domain';

/** Umsetzungsstand 1–3 — always named as such, never confused with the OZG-Reifegrad 0–4. */
export function MaturityBadge({ maturity }: { maturity: number }) {
  const level = maturity as TMaturity;
  return (
    <span className={`maturity maturity--${level}`} title={`Umsetzungsstand (Reifegrad 1–3): ${level}`}>
      <span className="maturity__steps" aria-hidden="true">
        {[1, 2, 3].map((step) => (
          <span key={step} className={step <= level ? 'maturity__step maturity__step--on' : 'maturity__step'} />
        ))}
      </span>
      <span>
        {level} – {MATURITY_LABELS[level]}
      </span>
    </span>
  );
}
