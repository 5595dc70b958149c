package org.steward.model.demo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Technical attributes that make datasets, processes and dashboards look operated: sizes, schedules, SLAs. */
final class DemoAttributes {

    private static final String[] CRONS = {"0 2 * * *", "30 5 * * *", "0 * * * *", "*/15 * * * *", "0 6 * * 1"};
    private static final String[] SCHEDULES = {"daily 02:00 UTC", "daily 05:30 UTC", "hourly", "every 15 minutes",
        "weekly Monday 06:00 UTC"};

    private DemoAttributes() {
    }

    static Map<String, String> dataset(PlannedNode node, double marketScale, SplittableRandom rnd) {
        Map<String, String> a = new LinkedHashMap<>();
        long rows = Math.max(1, (long) (node.rows() * marketScale * (0.6 + rnd.nextDouble() * 0.8)));
        if (node.rows() == 0) {
            rows = (long) Math.pow(10, 3 + rnd.nextDouble() * 5);
        }
        a.put("row_count", Long.toString(rows));
        a.put("size_bytes", Long.toString(rows * node.columns().size() * (8 + rnd.nextInt(24))));
        a.put("created_at", fixedDate(rnd) + "T" + two(rnd.nextInt(24)) + ":" + two(rnd.nextInt(60)) + ":00Z");
        switch (node.layer()) {
            case SOURCE:
                if ("kafka".equals(node.format())) {
                    a.put("partitions", Integer.toString(6 << rnd.nextInt(4)));
                    a.put("retention_days", Integer.toString(new int[] {3, 7, 7, 14}[rnd.nextInt(4)]));
                    a.put("format", "avro");
                    a.put("schema_subject", node.name() + "-value");
                } else {
                    a.put("engine", engine(node.format()));
                    a.put("replication", rnd.nextBoolean() ? "streaming replica" : "nightly snapshot");
                }
                break;
            case RAW:
                a.put("format", node.format());
                a.put("partitioned_by", "ingest_date");
                a.put("retention_days", Integer.toString(new int[] {30, 90, 400}[rnd.nextInt(3)]));
                a.put("refresh_schedule", SCHEDULES[rnd.nextInt(3)]);
                break;
            case CLEAN:
                a.put("format", "delta");
                a.put("partitioned_by", rnd.nextBoolean() ? "event_date" : "updated_date");
                a.put("retention_days", "730");
                a.put("sla", "ready by 06:00 UTC");
                break;
            case FEATURE:
                a.put("online_store", "redis");
                a.put("ttl_days", Integer.toString(new int[] {1, 7, 30}[rnd.nextInt(3)]));
                a.put("refresh_schedule", SCHEDULES[rnd.nextInt(2)]);
                break;
            default:
                a.put("materialization", node.subtype());
                a.put("refresh_schedule", SCHEDULES[rnd.nextInt(2)]);
                a.put("sla", node.layer() == DemoLayer.STAGING ? "ready by 05:00 UTC" : "ready by 07:30 UTC");
                if (node.name().startsWith("FCT_")) {
                    a.put("cluster_by", "date_key");
                }
        }
        return a;
    }

    static Map<String, String> process(PlannedProcess process, SplittableRandom rnd) {
        Map<String, String> a = new LinkedHashMap<>();
        int slot = rnd.nextInt(3);
        a.put("schedule", "kafka_connect".equals(process.subtype()) ? "continuous" : CRONS[slot]);
        a.put("code_location", process.codeLocation());
        a.put("engine", engineOf(process.subtype()));
        a.put("avg_runtime_seconds", Integer.toString(20 + rnd.nextInt(1800)));
        a.put("last_status", rnd.nextInt(25) == 0 ? "failed" : "success");
        return a;
    }

    static Map<String, String> dashboard(PlannedNode node, String url, SplittableRandom rnd) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("url", url);
        a.put("viewers", Integer.toString(Math.max(1, (int) (node.viewers() * (0.5 + rnd.nextDouble())))));
        a.put("tool", node.format());
        a.put("created_at", fixedDate(rnd) + "T09:00:00Z");
        a.put("refresh_schedule", SCHEDULES[rnd.nextInt(2)]);
        return a;
    }

    private static String engine(String kind) {
        switch (kind) {
            case "postgres": return "PostgreSQL 15";
            case "mysql": return "MySQL 8.0";
            case "sqlserver": return "SQL Server 2019";
            default: return kind;
        }
    }

    private static String engineOf(String subtype) {
        switch (subtype) {
            case "airflow_task": return "Airflow 2.9";
            case "kafka_connect": return "Kafka Connect 3.7 (S3 sink)";
            case "spark_job": return "Spark 3.5 on EMR";
            case "dbt_model": return "dbt-core 1.8";
            case "tableau_extract": return "Tableau Cloud";
            default: return "Looker";
        }
    }

    private static String fixedDate(SplittableRandom rnd) {
        return (2017 + rnd.nextInt(8)) + "-" + two(1 + rnd.nextInt(12)) + "-" + two(1 + rnd.nextInt(28));
    }

    static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
