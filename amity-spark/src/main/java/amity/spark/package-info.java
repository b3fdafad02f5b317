/**
 * amity's pipeline as an Apache Spark job: {@link amity.spark.SparkJob} reads a crawl from any
 * Hadoop-compatible path, analyses pages per partition ({@link amity.spark.Analyse}), then links
 * entities and merges events across partitions ({@link amity.spark.Combine}) and writes Parquet
 * tables partitioned by month.
 */
@NullMarked
package amity.spark;

import org.jspecify.annotations.NullMarked;
