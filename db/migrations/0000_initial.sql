CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer,
	`at` integer NOT NULL,
	`user_id` integer,
	`username` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`project_id` integer,
	`summary` text NOT NULL,
	`before` text,
	`after` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_org_at_idx` ON `audit_log` (`organisation_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_project_idx` ON `audit_log` (`project_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_hash_unique` ON `audit_log` (`hash`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committees_org_name_unique` ON `committees` (`organisation_id`,`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `committees_org_id_unique` ON `committees` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK("organisations"."kind" IN ('kreis', 'kommune'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_key_unique` ON `organisations` (`key`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_check" CHECK("users"."role" IN ('admin', 'steering', 'lead', 'board', 'committee')),
	CONSTRAINT "users_username_check" CHECK(length("users"."username") BETWEEN 1 AND 64)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_org_id_unique` ON `users` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`project_id` integer,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`funding_source` text,
	`description` text,
	`plan` real,
	`actual` real,
	`positions` real,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "budget_lines_kind_check" CHECK("budget_lines"."kind" IN ('consumptive', 'investive')),
	CONSTRAINT "budget_lines_year_check" CHECK("budget_lines"."year" BETWEEN 1990 AND 2100),
	CONSTRAINT "budget_lines_positions_check" CHECK("budget_lines"."positions" IS NULL OR "budget_lines"."positions" >= 0)
);
--> statement-breakpoint
CREATE INDEX `budget_lines_project_idx` ON `budget_lines` (`project_id`);--> statement-breakpoint
CREATE INDEX `budget_lines_programme_idx` ON `budget_lines` (`programme_id`);--> statement-breakpoint
CREATE TABLE `fields_of_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "fields_of_action_title_check" CHECK(length(trim("fields_of_action"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fields_of_action_programme_key_unique` ON `fields_of_action` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `fields_of_action_org_id_unique` ON `fields_of_action` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`planned_date` text,
	`baseline_date` text,
	`forecast_date` text,
	`actual_date` text,
	`phase` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestones_planned_check" CHECK(planned_date IS NULL OR (length(planned_date) = 10 AND date(planned_date) IS NOT NULL AND date(planned_date) = planned_date)),
	CONSTRAINT "milestones_baseline_check" CHECK(baseline_date IS NULL OR (length(baseline_date) = 10 AND date(baseline_date) IS NOT NULL AND date(baseline_date) = baseline_date)),
	CONSTRAINT "milestones_forecast_check" CHECK(forecast_date IS NULL OR (length(forecast_date) = 10 AND date(forecast_date) IS NOT NULL AND date(forecast_date) = forecast_date)),
	CONSTRAINT "milestones_actual_check" CHECK(actual_date IS NULL OR (length(actual_date) = 10 AND date(actual_date) IS NOT NULL AND date(actual_date) = actual_date)),
	CONSTRAINT "milestones_title_check" CHECK(length(trim("milestones"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_project_key_unique` ON `milestones` (`project_id`,`key`);--> statement-breakpoint
CREATE INDEX `milestones_project_idx` ON `milestones` (`project_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`version_label` text,
	`as_of_date` text,
	`description` text,
	`lead_unit` text,
	`status_thresholds` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "programmes_as_of_date_check" CHECK(as_of_date IS NULL OR (length(as_of_date) = 10 AND date(as_of_date) IS NOT NULL AND date(as_of_date) = as_of_date)),
	CONSTRAINT "programmes_title_check" CHECK(length(trim("programmes"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programmes_org_key_unique` ON `programmes` (`organisation_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `programmes_org_id_unique` ON `programmes` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `project_dependencies` (
	`organisation_id` integer NOT NULL,
	`predecessor_id` integer NOT NULL,
	`successor_id` integer NOT NULL,
	PRIMARY KEY(`predecessor_id`, `successor_id`),
	FOREIGN KEY (`organisation_id`,`predecessor_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`successor_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_dependencies_not_self_check" CHECK("project_dependencies"."predecessor_id" <> "project_dependencies"."successor_id")
);
--> statement-breakpoint
CREATE INDEX `project_dependencies_successor_idx` ON `project_dependencies` (`successor_id`);--> statement-breakpoint
CREATE TABLE `project_phases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_phases_start_check" CHECK(start_date IS NULL OR (length(start_date) = 10 AND date(start_date) IS NOT NULL AND date(start_date) = start_date)),
	CONSTRAINT "project_phases_end_check" CHECK(end_date IS NULL OR (length(end_date) = 10 AND date(end_date) IS NOT NULL AND date(end_date) = end_date)),
	CONSTRAINT "project_phases_order_check" CHECK("project_phases"."end_date" >= "project_phases"."start_date"),
	CONSTRAINT "project_phases_name_check" CHECK(length(trim("project_phases"."name")) > 0)
);
--> statement-breakpoint
CREATE INDEX `project_phases_project_idx` ON `project_phases` (`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`field_of_action_id` integer NOT NULL,
	`parent_id` integer,
	`key` text NOT NULL,
	`code` text,
	`title` text NOT NULL,
	`description` text,
	`responsible_unit` text,
	`responsible_person` text,
	`involved_parties` text,
	`lead_user_id` integer,
	`planned_start` text,
	`planned_end` text,
	`baseline_start` text,
	`baseline_end` text,
	`maturity` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`field_of_action_id`) REFERENCES `fields_of_action`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`parent_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`lead_user_id`) REFERENCES `users`(`organisation_id`,`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "projects_maturity_check" CHECK("projects"."maturity" IN (1, 2, 3)),
	CONSTRAINT "projects_not_own_parent_check" CHECK("projects"."parent_id" IS NULL OR "projects"."parent_id" <> "projects"."id"),
	CONSTRAINT "projects_title_check" CHECK(length(trim("projects"."title")) > 0),
	CONSTRAINT "projects_planned_start_check" CHECK(planned_start IS NULL OR (length(planned_start) = 10 AND date(planned_start) IS NOT NULL AND date(planned_start) = planned_start)),
	CONSTRAINT "projects_planned_end_check" CHECK(planned_end IS NULL OR (length(planned_end) = 10 AND date(planned_end) IS NOT NULL AND date(planned_end) = planned_end)),
	CONSTRAINT "projects_baseline_start_check" CHECK(baseline_start IS NULL OR (length(baseline_start) = 10 AND date(baseline_start) IS NOT NULL AND date(baseline_start) = baseline_start)),
	CONSTRAINT "projects_baseline_end_check" CHECK(baseline_end IS NULL OR (length(baseline_end) = 10 AND date(baseline_end) IS NOT NULL AND date(baseline_end) = baseline_end)),
	CONSTRAINT "projects_planned_order_check" CHECK("projects"."planned_start" IS NULL OR "projects"."planned_end" IS NULL OR "projects"."planned_end" >= "projects"."planned_start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_programme_key_unique` ON `projects` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_org_id_unique` ON `projects` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `projects_field_idx` ON `projects` (`field_of_action_id`);--> statement-breakpoint
CREATE INDEX `projects_parent_idx` ON `projects` (`parent_id`);--> statement-breakpoint
CREATE INDEX `projects_org_programme_idx` ON `projects` (`organisation_id`,`programme_id`);--> statement-breakpoint
CREATE TABLE `status_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`status` text NOT NULL,
	`justification` text NOT NULL,
	`author_user_id` integer,
	`author_name` text NOT NULL,
	`valid_from` text NOT NULL,
	`expires_at` text,
	`revoked_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "status_overrides_status_check" CHECK("status_overrides"."status" IN ('red', 'amber', 'green')),
	CONSTRAINT "status_overrides_justification_check" CHECK(length(trim("status_overrides"."justification")) > 0),
	CONSTRAINT "status_overrides_valid_from_check" CHECK(valid_from IS NULL OR (length(valid_from) = 10 AND date(valid_from) IS NOT NULL AND date(valid_from) = valid_from)),
	CONSTRAINT "status_overrides_expires_check" CHECK(expires_at IS NULL OR (length(expires_at) = 10 AND date(expires_at) IS NOT NULL AND date(expires_at) = expires_at)),
	CONSTRAINT "status_overrides_order_check" CHECK("status_overrides"."expires_at" IS NULL OR "status_overrides"."expires_at" > "status_overrides"."valid_from")
);
--> statement-breakpoint
CREATE INDEX `status_overrides_project_idx` ON `status_overrides` (`project_id`);--> statement-breakpoint
CREATE TABLE `status_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`text` text NOT NULL,
	`author_name` text NOT NULL,
	`author_user_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "status_updates_status_check" CHECK("status_updates"."status" IN ('red', 'amber', 'green')),
	CONSTRAINT "status_updates_date_check" CHECK(date IS NULL OR (length(date) = 10 AND date(date) IS NOT NULL AND date(date) = date))
);
--> statement-breakpoint
CREATE INDEX `status_updates_project_date_idx` ON `status_updates` (`project_id`,`date`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`text` text NOT NULL,
	`due_date` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`parent_id`) REFERENCES `goals`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goals_kind_check" CHECK("goals"."kind" IN ('impact', 'output', 'measure')),
	CONSTRAINT "goals_impact_root_check" CHECK("goals"."kind" <> 'impact' OR "goals"."parent_id" IS NULL),
	CONSTRAINT "goals_due_date_check" CHECK(due_date IS NULL OR (length(due_date) = 10 AND date(due_date) IS NOT NULL AND date(due_date) = due_date)),
	CONSTRAINT "goals_text_check" CHECK(length(trim("goals"."text")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goals_programme_key_unique` ON `goals` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `goals_org_id_unique` ON `goals` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `goals_parent_idx` ON `goals` (`parent_id`);--> statement-breakpoint
CREATE TABLE `kpi_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`kpi_id` integer NOT NULL,
	`year` integer NOT NULL,
	`plan` real,
	`actual` real,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`kpi_id`) REFERENCES `kpis`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "kpi_values_year_check" CHECK("kpi_values"."year" BETWEEN 1990 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_values_kpi_year_unique` ON `kpi_values` (`kpi_id`,`year`);--> statement-breakpoint
CREATE TABLE `kpis` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`goal_id` integer,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`unit` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`goal_id`) REFERENCES `goals`(`organisation_id`,`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "kpis_unit_check" CHECK("kpis"."unit" IN ('count', 'percent', 'yesno', 'euro')),
	CONSTRAINT "kpis_title_check" CHECK(length(trim("kpis"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kpis_programme_key_unique` ON `kpis` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `kpis_org_id_unique` ON `kpis` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `kpis_goal_idx` ON `kpis` (`goal_id`);--> statement-breakpoint
CREATE TABLE `project_goals` (
	`organisation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `goal_id`),
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`goal_id`) REFERENCES `goals`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_goals_goal_idx` ON `project_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `decision_projects` (
	`organisation_id` integer NOT NULL,
	`decision_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	PRIMARY KEY(`decision_id`, `project_id`),
	FOREIGN KEY (`organisation_id`,`decision_id`) REFERENCES `decisions`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_projects_project_idx` ON `decision_projects` (`project_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`key` text NOT NULL,
	`date` text NOT NULL,
	`subject` text NOT NULL,
	`outcome` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`committee_id`) REFERENCES `committees`(`organisation_id`,`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "decisions_date_check" CHECK(date IS NULL OR (length(date) = 10 AND date(date) IS NOT NULL AND date(date) = date))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_programme_key_unique` ON `decisions` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_org_id_unique` ON `decisions` (`organisation_id`,`id`);--> statement-breakpoint
CREATE TABLE `legal_obligations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`key` text NOT NULL,
	`law` text NOT NULL,
	`paragraph` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`deadline` text,
	`bindingness` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "legal_obligations_bindingness_check" CHECK("legal_obligations"."bindingness" IN ('mandatory', 'should', 'may')),
	CONSTRAINT "legal_obligations_deadline_check" CHECK(deadline IS NULL OR (length(deadline) = 10 AND date(deadline) IS NOT NULL AND date(deadline) = deadline))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_obligations_programme_key_unique` ON `legal_obligations` (`programme_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `legal_obligations_org_id_unique` ON `legal_obligations` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `legal_obligations_deadline_idx` ON `legal_obligations` (`organisation_id`,`deadline`);--> statement-breakpoint
CREATE TABLE `obligation_projects` (
	`organisation_id` integer NOT NULL,
	`obligation_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	PRIMARY KEY(`obligation_id`, `project_id`),
	FOREIGN KEY (`organisation_id`,`obligation_id`) REFERENCES `legal_obligations`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`,`project_id`) REFERENCES `projects`(`organisation_id`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `obligation_projects_project_idx` ON `obligation_projects` (`project_id`);--> statement-breakpoint
CREATE TABLE `progress_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`programme_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`as_of_date` text NOT NULL,
	`meeting_date` text,
	`title` text NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`snapshot` text NOT NULL,
	`pdf` blob NOT NULL,
	`pdf_sha256` text NOT NULL,
	`docx` blob NOT NULL,
	`docx_sha256` text NOT NULL,
	`created_by_user_id` integer,
	`created_by_name` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`released_at` integer,
	`released_by_name` text,
	`supersedes_id` integer,
	FOREIGN KEY (`organisation_id`,`programme_id`) REFERENCES `programmes`(`organisation_id`,`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`,`committee_id`) REFERENCES `committees`(`organisation_id`,`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "progress_reports_state_check" CHECK("progress_reports"."state" IN ('draft', 'released', 'superseded')),
	CONSTRAINT "progress_reports_as_of_check" CHECK(as_of_date IS NULL OR (length(as_of_date) = 10 AND date(as_of_date) IS NOT NULL AND date(as_of_date) = as_of_date)),
	CONSTRAINT "progress_reports_meeting_check" CHECK(meeting_date IS NULL OR (length(meeting_date) = 10 AND date(meeting_date) IS NOT NULL AND date(meeting_date) = meeting_date))
);
--> statement-breakpoint
CREATE INDEX `progress_reports_org_committee_idx` ON `progress_reports` (`organisation_id`,`committee_id`,`as_of_date`);