-- The audit log is append-only: the database itself refuses UPDATE and DELETE.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Each row must name the hash of its predecessor ('genesis' for the first row), so rows
-- cannot be inserted out of order; the hashes themselves are checked by `npm run audit:verify`.
CREATE TRIGGER `audit_log_chain` BEFORE INSERT ON `audit_log`
WHEN NEW.`prev_hash` <> COALESCE((SELECT `hash` FROM `audit_log` ORDER BY `id` DESC LIMIT 1), 'genesis')
BEGIN
	SELECT RAISE(ABORT, 'audit_log chain broken: prev_hash does not match the last row');
END;
--> statement-breakpoint
-- A released report is immutable; it may only be marked as superseded by a newer one.
CREATE TRIGGER `progress_reports_released_immutable` BEFORE UPDATE ON `progress_reports`
WHEN OLD.`state` <> 'draft' AND (
	NOT (OLD.`state` = 'released' AND NEW.`state` IN ('released', 'superseded'))
	OR NEW.`snapshot` IS NOT OLD.`snapshot`
	OR NEW.`pdf` IS NOT OLD.`pdf`
	OR NEW.`docx` IS NOT OLD.`docx`
	OR NEW.`pdf_sha256` IS NOT OLD.`pdf_sha256`
	OR NEW.`docx_sha256` IS NOT OLD.`docx_sha256`
	OR NEW.`as_of_date` IS NOT OLD.`as_of_date`
	OR NEW.`committee_id` IS NOT OLD.`committee_id`
	OR NEW.`title` IS NOT OLD.`title`
	OR NEW.`released_at` IS NOT OLD.`released_at`
)
BEGIN
	SELECT RAISE(ABORT, 'a released progress report cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `progress_reports_released_no_delete` BEFORE DELETE ON `progress_reports`
WHEN OLD.`state` <> 'draft'
BEGIN
	SELECT RAISE(ABORT, 'a released progress report cannot be deleted');
END;
