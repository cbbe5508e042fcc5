-- The measures analysts compute first, one row per report that was read as a report (status extracted or partial),
-- keyed by report_id. Runs unchanged in DuckDB and Spark SQL over views named like the tables (reports,
-- applications, review_litigation, procurement), registered by the caller: see README.md, "Querying the output".
--
-- A measure is NULL when an operand is unknown (a blank cell, a row or table the report lacks) or its denominator
-- is 0: a blank cell is never summed as 0, and no division can fail. A report whose checks failed is kept, with
-- checks_failed > 0: filter on it to keep only consistent reports.
CREATE OR REPLACE TEMPORARY VIEW measures AS
WITH application_rows AS (
  -- The matrix rows a measure adds up, by group: the 8 withheld_*, 3 unavailable_*, 5 not_processed_* rows.
  SELECT report_id,
         CASE WHEN row_key LIKE 'withheld%' THEN 'withheld'
              WHEN row_key LIKE 'unavailable%' THEN 'unavailable'
              WHEN row_key LIKE 'not_processed%' THEN 'not_processed'
              ELSE row_key END AS row_group,
         total
  FROM applications
),
application_totals AS (
  -- A group's total is known only when each of its rows (as many as both templates print) is there with its cell:
  -- a missing row or a blank cell makes it NULL, and so does a row printed twice. One aggregation per report: first one
  -- per report and group (a dozen per report) took DuckDB ten times the memory, 300 MB at 100 000 reports.
  SELECT report_id,
         CASE WHEN count(CASE WHEN row_group = 'new_received' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'new_received' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'new_received' THEN total END) AS BIGINT) END AS received,
         CASE WHEN count(CASE WHEN row_group = 'carried_over' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'carried_over' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'carried_over' THEN total END) AS BIGINT) END AS carried_over,
         CASE WHEN count(CASE WHEN row_group = 'granted' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'granted' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'granted' THEN total END) AS BIGINT) END AS granted,
         CASE WHEN count(CASE WHEN row_group = 'partially_granted' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'partially_granted' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'partially_granted' THEN total END) AS BIGINT) END AS partially_granted,
         CASE WHEN count(CASE WHEN row_group = 'withheld' THEN 1 END) = 8
               AND count(CASE WHEN row_group = 'withheld' THEN total END) = 8
              THEN CAST(sum(CASE WHEN row_group = 'withheld' THEN total END) AS BIGINT) END AS withheld,
         CASE WHEN count(CASE WHEN row_group = 'unavailable' THEN 1 END) = 3
               AND count(CASE WHEN row_group = 'unavailable' THEN total END) = 3
              THEN CAST(sum(CASE WHEN row_group = 'unavailable' THEN total END) AS BIGINT) END AS unavailable,
         CASE WHEN count(CASE WHEN row_group = 'not_processed' THEN 1 END) = 5
               AND count(CASE WHEN row_group = 'not_processed' THEN total END) = 5
              THEN CAST(sum(CASE WHEN row_group = 'not_processed' THEN total END) AS BIGINT) END AS not_processed,
         CASE WHEN count(CASE WHEN row_group = 'total' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'total' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'total' THEN total END) AS BIGINT) END AS concluded,
         CASE WHEN count(CASE WHEN row_group = 'carried_forward' THEN 1 END) = 1
               AND count(CASE WHEN row_group = 'carried_forward' THEN total END) = 1
              THEN CAST(sum(CASE WHEN row_group = 'carried_forward' THEN total END) AS BIGINT) END AS carried_forward
  FROM application_rows
  GROUP BY report_id
),
proceedings AS (
  SELECT report_id,
         max(CASE WHEN proceeding = 'review' THEN total END) AS reviews,
         max(CASE WHEN proceeding = 'review' THEN corrected END) AS reviews_corrected,
         max(CASE WHEN proceeding = 'litigation_direct' THEN total END)
           + max(CASE WHEN proceeding = 'litigation_after_review' THEN total END) AS lawsuits,
         max(CASE WHEN proceeding = 'litigation_direct' THEN corrected END)
           + max(CASE WHEN proceeding = 'litigation_after_review' THEN corrected END) AS lawsuits_corrected
  FROM review_litigation
  GROUP BY report_id
),
handled AS (
  SELECT a.*, a.received + a.carried_over AS handled FROM application_totals a
)
SELECT r.report_id,
       CAST(r.year AS INT) AS year,
       r.county_code,
       r.province,
       r.city,
       r.county_name,
       r.organization,
       r.template,
       r.status,
       r.checks_failed,
       r.source_file,
       a.received AS applications_received,
       a.handled AS applications_handled,
       CAST(a.granted + a.partially_granted AS DOUBLE) / NULLIF(a.concluded, 0) AS disclosure_rate,
       CAST(a.withheld AS DOUBLE) / NULLIF(a.concluded, 0) AS refusal_rate,
       CAST(a.unavailable AS DOUBLE) / NULLIF(a.concluded, 0) AS unavailable_rate,
       CAST(a.not_processed AS DOUBLE) / NULLIF(a.concluded, 0) AS not_processed_rate,
       CAST(a.carried_forward AS DOUBLE) / NULLIF(a.handled, 0) AS carried_forward_share,
       p.reviews,
       p.lawsuits,
       100 * CAST(p.reviews AS DOUBLE) / NULLIF(a.received, 0) AS reviews_per_100_applications,
       100 * CAST(p.lawsuits AS DOUBLE) / NULLIF(a.received, 0) AS lawsuits_per_100_applications,
       CAST(p.reviews_corrected AS DOUBLE) / NULLIF(p.reviews, 0) AS review_correction_rate,
       CAST(p.lawsuits_corrected AS DOUBLE) / NULLIF(p.lawsuits, 0) AS litigation_loss_rate,
       pr.item_count AS procurement_items,
       pr.amount_yuan AS procurement_amount_yuan,
       CAST(pr.amount_yuan AS DOUBLE) / NULLIF(pr.item_count, 0) AS procurement_yuan_per_item
FROM reports r
LEFT JOIN handled a ON a.report_id = r.report_id
LEFT JOIN proceedings p ON p.report_id = r.report_id
LEFT JOIN procurement pr ON pr.report_id = r.report_id
WHERE r.status IN ('extracted', 'partial')
