-- Which places and years the run covers, and how well: per province and year, the files read and how many of them
-- got each status. Runs unchanged in DuckDB and Spark SQL over a view named reports registered by the caller (see
-- README.md, "Querying the output"). province is NULL where the region was not resolved, year 0 where the year is
-- unknown.
CREATE OR REPLACE TEMPORARY VIEW coverage AS
SELECT province,
       CAST(year AS INT) AS year,
       count(*) AS reports_read,
       count(CASE WHEN status = 'extracted' THEN 1 END) AS extracted,
       count(CASE WHEN status = 'partial' THEN 1 END) AS partial,
       count(CASE WHEN status = 'unreadable' THEN 1 END) AS unreadable,
       count(CASE WHEN status = 'not_a_report' THEN 1 END) AS not_a_report,
       count(CASE WHEN status = 'duplicate' THEN 1 END) AS duplicate,
       count(CASE WHEN checks_failed > 0 THEN 1 END) AS with_failed_checks
FROM reports
GROUP BY province, CAST(year AS INT)
