import { Link } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Seite nicht gefunden');
  return (
    <section>
      <h1>Seite nicht gefunden</h1>
      <p>
        Diese Seite gibt es nicht. Zurück zum <Link to="/portfolio">Portfolio</Link>.
      </p>
    </section>
  );
}
