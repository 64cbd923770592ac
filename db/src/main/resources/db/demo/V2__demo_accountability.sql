-- Demo calendar of the embedded default: when Cambridgeshire's policing body expects each kind of
-- submission from its CSPs in 2026-27, so the PCC demo user's dashboard has something to show.
-- Set by the office itself in real use (Submissions > Dashboard > Set the due dates).
INSERT INTO submission_due (pfa_id, submission_type, financial_year, due_on, set_at, set_by, version)
SELECT a.id, t.submission_type, 2026, t.due_on, CURRENT_TIMESTAMP, 'pcc', 0
  FROM area a,
       (SELECT 'STRATEGIC_ASSESSMENT_SUMMARY' AS submission_type, DATE '2026-06-30' AS due_on
        UNION ALL SELECT 'PLAN_REFRESH', DATE '2026-07-31'
        UNION ALL SELECT 'ANNUAL_REPORT', DATE '2027-01-31') t
 WHERE a.gss_code = 'E23000023';
