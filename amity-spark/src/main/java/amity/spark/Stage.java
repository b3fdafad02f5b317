package amity.spark;

import org.apache.spark.sql.SparkSession;

/** One stage of the job: reads what the stage before it wrote (or the input) and writes tables. */
public interface Stage {
  /** Runs the stage; the tables it writes replace any there. */
  void run(SparkSession spark, JobOptions options, Knowledge kb);
}
