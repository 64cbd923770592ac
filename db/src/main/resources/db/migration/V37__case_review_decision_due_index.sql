-- The coordinator's home page counts, and the case list filters, the cases whose threshold decision
-- is overdue or due this week: by partnership, state and due date.
CREATE INDEX ix_case_review_decision_due ON case_review (csp_id, state, decision_due_on);
