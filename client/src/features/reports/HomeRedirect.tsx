import { Navigate } from 'react-router';
import { hasPermission } from '../../../../shared/auth/permissions';
import { useCurrentUser } from '../../app/current-user';

/**
 * The start page: the portfolio views for the administration, the reports for committee members,
 * who may read nothing else.
 */
export function HomeRedirect({ portfolioPath }: { portfolioPath: string }) {
  const user = useCurrentUser();
  return <Navigate to={hasPermission(user.role, 'readPortfolio') ? portfolioPath : '/berichte'} replace />;
}
