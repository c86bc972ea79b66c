-- One row per customer from an online shop's purchase log, as `segment-studio customers` builds it,
-- in SQL for engines that hold more lines than one machine: DuckDB on a laptop
-- (duckdb -c ".read docs/customers.sql"), Spark SQL or any engine with the same functions on a cluster.
-- Columns as in the UCI Online Retail file: InvoiceNo, StockCode, Description, Quantity,
-- InvoiceDate (12/1/2010 8:26), UnitPrice, CustomerID (17850.0), Country. Replace the file name
-- ('online-retail.csv') and, for other layouts, the column names and the date pattern.
-- Returns are left out of Monetary (the command's default) and counted in the returns share, at most 1
-- (returns of purchases made before the log began count up to what the customer bought in it).
-- Country: the customer's most frequent value (the command breaks ties by the value seen first,
-- mode() by its own rule).
WITH lines AS (
    SELECT regexp_replace(CAST(CustomerID AS VARCHAR), '\.0+$', '') AS customer,
           CAST(strptime(CAST(InvoiceDate AS VARCHAR), '%m/%d/%Y %H:%M') AS DATE) AS day,
           CAST(InvoiceNo AS VARCHAR) AS order_no,
           CAST(StockCode AS VARCHAR) AS product,
           CAST(Quantity AS DOUBLE) AS quantity,
           CAST(UnitPrice AS DOUBLE) AS price,
           CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE) AS value,
           Country
    FROM read_csv('online-retail.csv', header = true)
    WHERE CustomerID IS NOT NULL AND trim(CAST(CustomerID AS VARCHAR)) <> ''
),
returns AS (
    SELECT customer, sum(abs(value)) AS returned
    FROM lines
    WHERE price > 0 AND (quantity < 0 OR regexp_matches(order_no, '^[Cc][0-9]'))
    GROUP BY customer
),
used AS (
    SELECT * FROM lines
    WHERE quantity > 0 AND price > 0 AND NOT regexp_matches(order_no, '^[Cc][0-9]')
),
as_of AS (
    SELECT max(day) + 1 AS day FROM used
)
SELECT u.customer AS CustomerID,
       (SELECT day FROM as_of) - max(u.day) AS "Recency (days)",
       count(DISTINCT u.order_no) AS "Frequency (orders)",
       round(sum(u.value), 2) AS "Monetary",
       round(sum(u.value) / count(DISTINCT u.order_no), 2) AS "Average order",
       (SELECT day FROM as_of) - min(u.day) AS "Tenure (days)",
       sum(u.quantity) AS "Items",
       count(DISTINCT u.product) AS "Distinct products",
       round(least(coalesce(max(r.returned), 0) / sum(u.value), 1), 4) AS "Returns share",
       mode(u.Country) AS Country
FROM used u LEFT JOIN returns r ON r.customer = u.customer
GROUP BY u.customer
ORDER BY u.customer;
